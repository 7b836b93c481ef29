/* printf: length modifiers hh h l ll j z t on signed and unsigned conversions */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
#include <stddef.h>

int main(void) {
    printf("hhd: %hhd %hhd %hhd %hhd %hhd\n", 0, 127, -128, 200, 300);
    printf("hhu: %hhu %hhu %hhu %hhu\n", 0, 255, 256, -1);
    printf("hhx: %hhx %hhX %#hhx %hho\n", 0x1ff, 0xabc, 0x80, 0777);
    printf("hd: %hd %hd %hd %hd\n", 32767, -32768, 40000, 70000);
    printf("hu: %hu %hu %hx %ho\n", 65535, 65536, 0x12345, 0x10000 + 8);
    printf("ld: %ld %ld %ld\n", 0L, LONG_MAX, LONG_MIN);
    printf("lu: %lu %lx %lX %lo\n", ULONG_MAX, ULONG_MAX, 0xfedcba9876543210UL, ULONG_MAX);
    printf("lld: %lld %lld %lld\n", LLONG_MAX, LLONG_MIN, -1LL);
    printf("llu: %llu %llx %#llo\n", ULLONG_MAX, 0x0123456789abcdefULL, 01234567012345670123ULL);
    printf("li: %li %+li %25li|%-25li|\n", -9876543210L, 9876543210L, LONG_MIN, LONG_MAX);
    intmax_t im = INTMAX_MIN;
    uintmax_t um = UINTMAX_MAX;
    printf("jd: %jd %jd %ju %jx\n", im, (intmax_t)12345, um, um);
    size_t sz = (size_t)-1;
    printf("zu: %zu %zx %zd %zu\n", sz, sz, (ptrdiff_t)-77, sizeof(int));
    char arr[100];
    ptrdiff_t d = &arr[90] - &arr[3];
    ptrdiff_t nd = &arr[3] - &arr[90];
    printf("td: %td %td %tx %ti\n", d, nd, d, (ptrdiff_t)PTRDIFF_MAX);
    printf("lld widths: [%30lld] [%-30lld] [%030lld] [%+.25lld]\n", LLONG_MIN, LLONG_MAX, -1LL, 42LL);
    printf("llu widths: [%30llu] [%.25llx] [%#30llX]\n", ULLONG_MAX, 0xffULL, 0xabcdefULL);
    return 0;
}
