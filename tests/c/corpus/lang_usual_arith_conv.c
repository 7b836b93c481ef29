/* usual arithmetic conversions between mixed integer types, per C99 6.3.1.8 */
#include <stdio.h>

int main(void) {
    int i = -1;
    unsigned u = 1;
    long l = -1;
    unsigned long ul = 1;
    long long ll = -1;
    unsigned long long ull = 1;

    /* int vs unsigned: int converted to unsigned */
    printf("-1 < 0u: %d\n", -1 < 0u);
    printf("i < u: %d\n", i < u);
    printf("i + u = %u\n", i + u);
    printf("i * u = %u\n", i * u);
    printf("(unsigned char)200 + (signed char)-1 = %d\n", (unsigned char)200 + (signed char)-1);
    /* long vs unsigned int: long can hold all unsigned ints -> long */
    printf("l < u: %d\n", l < u);
    printf("sizeof(l + u) = %zu\n", sizeof(l + u));
    printf("l + u = %ld\n", l + u);
    printf("-1L < 1u: %d\n", -1L < 1u);
    /* long vs unsigned long: unsigned long */
    printf("l < ul: %d\n", l < ul);
    printf("l + ul = %lu\n", l + ul);
    /* long long vs unsigned int -> long long */
    printf("ll < u: %d\n", ll < u);
    /* long long vs unsigned long: same rank (LP64 both 64) -> unsigned long long */
    printf("ll < ul: %d\n", ll < ul);
    printf("ll < ull: %d\n", ll < ull);
    /* long vs unsigned long long */
    printf("l < ull: %d\n", l < ull);
    /* int vs long: long */
    int big = 2000000000;
    long lbig = big;
    printf("big + lbig = %ld\n", big + lbig);
    printf("big * 2L = %ld\n", big * 2L);
    printf("sizeof(1 + 1L) = %zu\n", sizeof(1 + 1L));
    printf("sizeof(1u + 1L) = %zu\n", sizeof(1u + 1L));
    printf("sizeof(1u + 1) = %zu\n", sizeof(1u + 1));
    /* unsigned int vs int result: large values */
    unsigned v = 3000000000u;
    printf("v + 1 = %u\n", v + 1);
    printf("v / 2 = %u\n", v / 2);
    printf("v / -1 = %u\n", v / (unsigned)-1);
    printf("-6 / 4u = %u\n", -6 / 4u);
    printf("-6 %% 4u = %u\n", -6 % 4u);
    printf("-6L / 4u = %ld\n", -6L / 4u);
    printf("(short)-3 * (unsigned short)2 = %d\n", (short)-3 * (unsigned short)2);
    printf("(short)-3 * 2u = %u\n", (short)-3 * 2u);
    /* ternary result type follows usual arithmetic conversions */
    printf("(1 ? -1 : 0u) = %u\n", (1 ? -1 : 0u));
    printf("(1 ? -1 : 0u) > 0: %d\n", (1 ? -1 : 0u) > 0);
    printf("(1 ? -1 : 0L) = %ld\n", (1 ? -1 : 0L));
    printf("(1 ? -1 : 0UL) = %lu\n", (1 ? -1 : 0UL));
    /* comparisons with unsigned char are int comparisons */
    unsigned char uc = 255;
    signed char sc = -1;
    printf("uc == sc: %d\n", uc == sc);
    printf("(unsigned char)sc == uc: %d\n", (unsigned char)sc == uc);
    unsigned short us = 65535;
    short ss = -1;
    printf("us == ss: %d\n", us == ss);
    printf("(unsigned)ss == 0xffffffff: %d\n", (unsigned)ss == 0xffffffff);
    printf("ss == 0xffffffff: %d\n", ss == 0xffffffff);
    printf("i == 0xffffffff: %d\n", i == 0xffffffff);
    printf("l == 0xffffffff: %d\n", l == 0xffffffff);
    printf("ll == 0xffffffffffffffff: %d\n", ll == 0xffffffffffffffff);
    /* mixing with double */
    printf("u - 2 + 0.0 = %.1f\n", u - 2 + 0.0);
    printf("u + 0.0 - 2 = %.1f\n", u + 0.0 - 2);
    return 0;
}
