/* printf: floats and integers in fixed-width tables with zero padding and sign interaction */
#include <stdio.h>
#include <math.h>

int main(void) {
    printf("%-6s|%10s|%10s|%12s|%12s\n", "x", "sqrt", "x^2", "exp", "log");
    for (int i = 1; i <= 12; i++) {
        double x = i * 0.75;
        printf("%-6.2f|%10.5f|%10.3f|%12.4e|%+12.6f\n", x, sqrt(x), x * x, exp(x), log(x));
    }
    const char *f1 = "[%08.3f] [%-08.3f] [%+08.3f] [% 08.3f] [%08.3e] [%08g]\n";
    printf(f1, -1.25, -1.25, 1.25, 1.25, -1.25, -1.25);
    printf("[%08.3f] [%08.3f]\n", INFINITY, -INFINITY);
    printf("[%3.1f] [%1.0f] [%2.0e]\n", 123.45, 99.9, 5.0);
    const char *f2 = "[%010d] [%010x] [%-010d|] [%+010d] [% 010d]\n";
    printf(f2, -123, 0xabcu, -123, 123, 123);
    const char *f3 = "[%010.5d] [%-10.5d|] [%10.5d]\n";
    printf(f3, -123, -123, 123);
    return 0;
}
