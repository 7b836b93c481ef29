/* math.h: frexp, ldexp, modf, scalbn, ilogb, logb, nextafter, fabs, copysign */
#include <stdio.h>
#include <math.h>
#include <float.h>

int main(void) {
    double xs[] = {0.0, -0.0, 1.0, 0.5, 3.0, -10.0, 1024.0, 0.1, 1e300, 5e-324, DBL_MIN, DBL_MAX, 123.456};
    for (int i = 0; i < 13; i++) {
        int e;
        double m = frexp(xs[i], &e);
        double ip;
        double fp = modf(xs[i], &ip);
        printf("x=%-24.17g frexp=(%.17g, %d) ldexp=%.17g modf=(%.17g, %.17g)", xs[i], m, e, ldexp(m, e), ip, fp);
        if (xs[i] != 0.0) printf(" ilogb=%d logb=%g", ilogb(xs[i]), logb(xs[i]));
        printf("\n");
    }
    double ip;
    double fr = modf(-3.75, &ip);
    printf("modf(-3.75)=%g int=%g\n", fr, ip);
    fr = modf(INFINITY, &ip);
    printf("modf(inf)=%g int=%g\n", fr, ip);
    printf("ldexp(1, 1023)=%g ldexp(1, 1024)=%g ldexp(1, -1074)=%g ldexp(1, -1075)=%g\n", ldexp(1, 1023), ldexp(1, 1024),
           ldexp(1, -1074), ldexp(1, -1075));
    printf("scalbn(3, 4)=%g scalbn(3, -2)=%g\n", scalbn(3.0, 4), scalbn(3.0, -2));
    printf("nextafter(1, 2)=%.17g nextafter(1, 0)=%.17g nextafter(0, 1)=%g\n", nextafter(1.0, 2.0), nextafter(1.0, 0.0), nextafter(0.0, 1.0));
    printf("fabs: %g %g %g\n", fabs(-3.5), fabs(-0.0), fabs(-INFINITY));
    printf("copysign: %g %g %g %g\n", copysign(2.0, -1.0), copysign(-2.0, 1.0), copysign(1.0, -0.0), copysign(INFINITY, -1.0));
    return 0;
}
