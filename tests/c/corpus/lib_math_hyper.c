/* math.h: sinh, cosh, tanh, asinh, acosh, atanh including overflow and limits */
#include <stdio.h>
#include <math.h>

int main(void) {
    double xs[] = {0.0, -0.0, 1e-8, 0.1, 0.5, 1.0, -1.0, 2.0, 5.0, 20.0, -20.0, 100.0, 710.0, 711.0};
    for (int i = 0; i < 14; i++) {
        double x = xs[i];
        printf("x=%-6g sinh=%-24.17g cosh=%-24.17g tanh=%.17g\n", x, sinh(x), cosh(x), tanh(x));
    }
    double ys[] = {0.0, 0.5, 1.0, 2.0, 10.0, 1e100};
    for (int i = 0; i < 6; i++) printf("asinh(%g)=%.17g acosh(%g)=%.17g\n", ys[i], asinh(ys[i]), ys[i] + 1, acosh(ys[i] + 1));
    printf("atanh: %.17g %.17g %.17g %g\n", atanh(0.0), atanh(0.5), atanh(-0.99), atanh(1.0));
    return 0;
}
