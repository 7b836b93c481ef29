/* math.h: sin, cos, tan, asin, acos, atan, atan2 (all quadrants, signed zeros) with M_PI */
#include <stdio.h>
#include <math.h>

int main(void) {
    for (int i = -8; i <= 8; i++) {
        double x = i * M_PI / 8.0;
        printf("x=%-22.17g sin=%-24.17g cos=%-24.17g tan=%.17g\n", x, sin(x), cos(x), tan(x));
    }
    double big[] = {1e6, 1e10, 1e22, -123456.789};
    for (int i = 0; i < 4; i++) printf("sin(%g)=%.17g cos=%.17g\n", big[i], sin(big[i]), cos(big[i]));
    for (int i = -4; i <= 4; i++) {
        double x = i / 4.0;
        printf("asin(%5.2f)=%-24.17g acos=%-24.17g atan=%.17g\n", x, asin(x), acos(x), atan(x));
    }
    printf("atan(1e300)=%.17g atan(-inf)=%.17g\n", atan(1e300), atan(-INFINITY));
    double ys[] = {0.0, -0.0, 1.0, -1.0, 1.0, -1.0, 0.0, -0.0, 3.0, INFINITY, -INFINITY, INFINITY};
    double xs[] = {1.0, 1.0, 0.0, 0.0, -1.0, -1.0, -1.0, -1.0, -4.0, INFINITY, 1.0, -INFINITY};
    for (int i = 0; i < 12; i++) printf("atan2(%g, %g)=%.17g\n", ys[i], xs[i], atan2(ys[i], xs[i]));
    printf("atan2(0,-0)=%.17g atan2(-0,-0)=%.17g atan2(0,0)=%g\n", atan2(0.0, -0.0), atan2(-0.0, -0.0), atan2(0.0, 0.0));
    printf("M_PI=%.17g M_E=%.17g M_SQRT2=%.17g M_LN2=%.17g\n", M_PI, M_E, M_SQRT2, M_LN2);
    printf("asin(2) nan=%d\n", isnan(asin(2.0)) != 0);
    return 0;
}
