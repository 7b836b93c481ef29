/* right shift of negative signed values: gcc uses arithmetic shift (implementation-defined) */
#include <stdio.h>

int main(void) {
    int a = -1;
    int b = -16;
    int c = -17;
    long l = -1000000000000L;
    signed char sc = -128;
    short s = -300;
    int n;
    for (n = 0; n < 32; n += 3)
        printf("-16 >> %d = %d, -17 >> %d = %d\n", n, b >> n, n, c >> n);
    printf("-1 >> 31 = %d\n", a >> 31);
    printf("INT_MIN >> 31 = %d\n", (-2147483647 - 1) >> 31);
    printf("INT_MIN >> 1 = %d\n", (-2147483647 - 1) >> 1);
    printf("l >> 10 = %ld\n", l >> 10);
    printf("l >> 63 = %ld\n", l >> 63);
    printf("sc >> 3 = %d\n", sc >> 3);
    printf("s >> 4 = %d\n", s >> 4);
    /* arithmetic shift rounds toward negative infinity, unlike division */
    printf("-7 >> 1 = %d, -7 / 2 = %d\n", -7 >> 1, -7 / 2);
    /* sign of a value via shift */
    int vals[] = { -5, 0, 5, -2147483647, 2147483647 };
    for (n = 0; n < 5; n++)
        printf("sign mask of %d = %d\n", vals[n], vals[n] >> 31);
    /* abs without branching */
    for (n = 0; n < 5; n++) {
        int v = vals[n], m = v >> 31;
        printf("abs(%d) = %d\n", v, (v ^ m) - m);
    }
    /* unsigned shift of same bits is logical */
    printf("(unsigned)-16 >> 2 = %u\n", (unsigned)b >> 2);
    printf("(unsigned long)-1 >> 60 = %lu\n", (unsigned long)-1L >> 60);
    return 0;
}
