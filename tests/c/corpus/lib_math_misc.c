/* math.h: fmin, fmax, fdim, fma, erf, erfc, tgamma, lgamma and pow special cases */
#include <stdio.h>
#include <math.h>

int main(void) {
    printf("fmin: %g %g %g %g\n", fmin(1, 2), fmin(-1, -2), fmin(NAN, 3), fmin(3, NAN));
    printf("fmax: %g %g %g %g\n", fmax(1, 2), fmax(-1, -2), fmax(NAN, 3), fmax(3, NAN));
    printf("fdim: %g %g\n", fdim(5, 3), fdim(3, 5));
    printf("fma: %.17g %.17g\n", fma(0.1, 10.0, -1.0), fma(2.0, 3.0, 4.0));
    for (int i = -3; i <= 3; i++) printf("erf(%g)=%.17g erfc=%.17g\n", i * 0.75, erf(i * 0.75), erfc(i * 0.75));
    for (int i = 1; i <= 10; i++) printf("tgamma(%g)=%.17g lgamma=%.17g\n", i * 0.5, tgamma(i * 0.5), lgamma(i * 0.5));
    printf("tgamma(20)=%.17g tgamma(171)=%.17g\n", tgamma(20.0), tgamma(171.0));
    printf("pow(0,0)=%g pow(0,-1)=%g pow(-0.0,-1)=%g pow(-0.0,-2)=%g\n", pow(0, 0), pow(0, -1), pow(-0.0, -1), pow(-0.0, -2));
    printf("pow(-1,inf)=%g pow(1,nan)=%g pow(nan,0)=%g pow(-8,1.0/3) nan=%d\n", pow(-1, INFINITY), pow(1, NAN), pow(NAN, 0),
           isnan(pow(-8, 1.0 / 3)) != 0);
    printf("pow(0.5,inf)=%g pow(2,inf)=%g pow(2,-inf)=%g pow(inf,-1)=%g pow(-inf,3)=%g pow(-inf,2)=%g\n", pow(0.5, INFINITY),
           pow(2, INFINITY), pow(2, -INFINITY), pow(INFINITY, -1), pow(-INFINITY, 3), pow(-INFINITY, 2));
    printf("pow(-2,3)=%g pow(-2,-3)=%g pow(2,1024)=%g pow(2,-1075)=%g\n", pow(-2, 3), pow(-2, -3), pow(2, 1024), pow(2, -1075));
    double x = 1.0;
    for (int i = 0; i < 60; i++) x = pow(x * 1.1, 1.01);
    printf("iterated pow=%.17g\n", x);
    return 0;
}
