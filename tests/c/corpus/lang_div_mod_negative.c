/* integer division truncates toward zero, % has the sign of the dividend (C99) */
#include <stdio.h>

int main(void) {
    int xs[] = { 7, -7, 0, 1, -1, 100, -100, 2147483647, -2147483647 };
    int ys[] = { 2, -2, 3, -3, 7, -7, 1, -1 };
    unsigned i, j;
    for (i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        for (j = 0; j < sizeof ys / sizeof ys[0]; j++) {
            int x = xs[i], y = ys[j];
            printf("%d/%d=%d %%=%d ok=%d\n", x, y, x / y, x % y, (x / y) * y + x % y == x);
        }
    }
    long lx = -9000000000L;
    printf("lx / 7 = %ld, lx %% 7 = %ld\n", lx / 7, lx % 7);
    printf("lx / -7 = %ld, lx %% -7 = %ld\n", lx / -7, lx % -7);
    long long llx = -123456789012345LL;
    printf("llx / 1000 = %lld, llx %% 1000 = %lld\n", llx / 1000, llx % 1000);
    signed char a = -128;
    printf("(signed char)-128 / -1 = %d (promoted to int)\n", a / -1);
    short s = -32768;
    printf("(short)-32768 %% 10 = %d\n", s % 10);
    printf("INT_MIN / 2 = %d, INT_MIN %% 3 = %d\n", (-2147483647 - 1) / 2, (-2147483647 - 1) % 3);
    return 0;
}
