/* math.h: floor, ceil, round (halfway cases), trunc, rint, nearbyint, lround, llround, lrint, fmod, remainder */
#include <stdio.h>
#include <math.h>

int main(void) {
    double xs[] = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 1.4999999999999998, 2.7, -2.7,
                   1e15 + 0.5, 4503599627370497.0, 1e300, -1e-300, 123.456};
    for (int i = 0; i < 17; i++) {
        double x = xs[i];
        printf("x=%-22.17g floor=%-6g ceil=%-6g round=%-6g trunc=%-6g rint=%-6g nearbyint=%g\n", x, floor(x), ceil(x),
               round(x), trunc(x), rint(x), nearbyint(x));
    }
    for (int i = -6; i <= 6; i++) {
        double x = i + 0.5;
        printf("%5.1f: lround=%ld llround=%lld lrint=%ld\n", x, lround(x), llround(x), lrint(x));
    }
    double a[] = {7.0, -7.0, 7.0, -7.0, 5.5, -5.5, 1.0, 0.0, 1e20, 10.0};
    double b[] = {3.0, 3.0, -3.0, -3.0, 2.0, 2.0, 0.3, 5.0, 3.0, 0.1};
    for (int i = 0; i < 10; i++)
        printf("fmod(%g, %g)=%.17g remainder=%.17g\n", a[i], b[i], fmod(a[i], b[i]), remainder(a[i], b[i]));
    printf("fmod(-0.0, 1)=%g fmod(5, inf)=%g fmod(inf,1) nan=%d\n", fmod(-0.0, 1.0), fmod(5.0, INFINITY), isnan(fmod(INFINITY, 1.0)) != 0);
    printf("floor(-inf)=%g ceil(inf)=%g round(-0.4)=%g\n", floor(-INFINITY), ceil(INFINITY), round(-0.4));
    return 0;
}
