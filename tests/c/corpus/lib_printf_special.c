/* printf: infinity, NaN (from NAN and -NAN) and negative zero under every float conversion and flag */
#include <stdio.h>
#include <math.h>

int main(void) {
    double v[] = {INFINITY, -INFINITY, NAN, -NAN, HUGE_VAL, -HUGE_VAL, 0.0, -0.0};
    const char *name[] = {"inf", "-inf", "nan", "-nan", "HUGE_VAL", "-HUGE_VAL", "0", "-0"};
    for (int i = 0; i < 8; i++) {
        printf("%-9s [%f] [%F] [%e] [%E] [%g] [%G] [%a] [%A]\n", name[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i]);
        printf("%-9s [%10f] [%-10f] [%010f] [%+f] [% f] [%#f] [%.3f] [%+010e] [%-+10g|] [% 10G]\n", name[i], v[i], v[i],
               v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i]);
    }
    double big = 1e308;
    double inf = big * 10.0;
    printf("overflow: %f %e %g\n", inf, -inf, inf);
    printf("signbit(-0.0)=%d signbit(-NAN)=%d\n", signbit(-0.0) != 0, signbit(-NAN) != 0);
    return 0;
}
