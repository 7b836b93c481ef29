/* types of integer constants: decimal vs hex/octal, suffixes u l ul ll ull */
#include <stdio.h>

#define SHOW(e) printf("%-24s size %zu signed %d\n", #e, sizeof(e), (e) * 0 - 1 < 0)

int main(void) {
    SHOW(0);
    SHOW(2147483647);
    SHOW(2147483648);
    SHOW(4294967295);
    SHOW(0x7FFFFFFF);
    SHOW(0x80000000);
    SHOW(0xFFFFFFFF);
    SHOW(0x100000000);
    SHOW(0x7FFFFFFFFFFFFFFF);
    SHOW(0x8000000000000000);
    SHOW(9223372036854775807);
    SHOW(017777777777);
    SHOW(020000000000);
    SHOW(1u);
    SHOW(1U);
    SHOW(1l);
    SHOW(1L);
    SHOW(1ul);
    SHOW(1LU);
    SHOW(1ll);
    SHOW(1LL);
    SHOW(1ull);
    SHOW(1LLU);
    SHOW(4294967296u);
    SHOW('a');
    SHOW(1.0);
    SHOW(1.0f);
    printf("0x7fffffff + 0 = %d\n", 0x7fffffff);
    printf("0xFFFFFFFF = %u\n", 0xFFFFFFFF);
    printf("2147483648 = %ld\n", 2147483648);
    printf("-2147483648 = %ld (sizeof %zu)\n", -2147483648, sizeof(-2147483648));
    printf("010 = %d, 0777 = %d, 0x1f = %d, 0X1F = %d\n", 010, 0777, 0x1f, 0X1F);
    printf("0 = %d, 00 = %d\n", 0, 00);
    printf("0xdeadBEEF = %u\n", 0xdeadBEEF);
    printf("0xffffffffffffffff = %lu\n", 0xffffffffffffffff);
    printf("18446744073709551615u = %lu\n", 18446744073709551615u);
    printf("-1u = %u\n", -1u);
    printf("-0x1 = %d\n", -0x1);
    printf("0xFFFFFFFF >> 28 = %u\n", 0xFFFFFFFF >> 28);
    printf("-0xFFFFFFFF = %u\n", -0xFFFFFFFF);
    printf("-4294967295 = %ld\n", -4294967295);
    return 0;
}
