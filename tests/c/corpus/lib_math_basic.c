/* math.h: sqrt, pow, exp, log, log10, exp2, log2, cbrt, hypot over a range of arguments */
#include <stdio.h>
#include <math.h>

int main(void) {
    double xs[] = {0.0, 1e-300, 1e-10, 0.001, 0.1, 0.5, 1.0, 1.5, 2.0, 2.718281828459045, 3.0, 10.0, 100.0, 12345.678, 1e10, 1e300};
    int n = (int)(sizeof xs / sizeof xs[0]);
    for (int i = 0; i < n; i++) {
        double x = xs[i];
        printf("x=%.17g\n  sqrt=%.17g cbrt=%.17g exp=%.17g\n  log=%.17g log10=%.17g log2=%.17g exp2=%.17g\n", x, sqrt(x),
               cbrt(x), exp(x), log(x), log10(x), log2(x), exp2(x));
    }
    double bs[] = {2.0, 10.0, 0.5, 1.0001, -2.0, 7.0};
    double es[] = {0.0, 0.5, 2.0, 10.0, -1.0, 3.0, 0.1, 100.0};
    for (int i = 0; i < 6; i++) {
        printf("pow(%g, e):", bs[i]);
        for (int j = 0; j < 8; j++) {
            double r = pow(bs[i], es[j]);
            if (isnan(r)) printf(" nan(sign not compared)");
            else printf(" %.17g", r);
        }
        printf("\n");
    }
    printf("hypot: %.17g %.17g %.17g %.17g\n", hypot(3, 4), hypot(1e200, 1e200), hypot(1e-200, 1e-200), hypot(-5, 12));
    printf("cbrt(-27)=%.17g cbrt(-2)=%.17g\n", cbrt(-27.0), cbrt(-2.0));
    printf("expm1(1e-10)=%.17g log1p(1e-10)=%.17g expm1(1)=%.17g log1p(1)=%.17g\n", expm1(1e-10), log1p(1e-10), expm1(1.0), log1p(1.0));
    printf("exp(-745)=%.17g exp(709)=%.17g exp(710)=%g\n", exp(-745.0), exp(709.0), exp(710.0));
    printf("log(0)=%g log(-1) is nan=%d sqrt(-1) is nan=%d\n", log(0.0), isnan(log(-1.0)) != 0, isnan(sqrt(-1.0)) != 0);
    printf("sqrt(-0.0)=%g sqrt(inf)=%g\n", sqrt(-0.0), sqrt(INFINITY));
    return 0;
}
