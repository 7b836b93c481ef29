/* Complex constants folded in static initializers (products and Smith's
   quotients, as gcc folds them), conversions there, complex through varargs,
   `_Complex` alone (double), chained compound assignment. */
#include <complex.h>
#include <stdarg.h>
#include <stdio.h>
static double _Complex g2 = 1.0 / (0.0 + 1.0 * I);
static double _Complex g3 = (1.0 + 2.0 * I) * (3.0 + 4.0 * I);
static float _Complex g4 = (double _Complex)(1.0 + 2.0 * I);
static double g6 = 3.0 + 4.0 * I;
double _Complex va(int n, ...) { va_list ap; va_start(ap, n); double _Complex z = va_arg(ap, double _Complex); va_end(ap); return z; }
int main(void) {
    double _Complex z = 1;
    _Complex c = 2;
    z = sizeof(_Complex);
    z = va(1, z + c * I);
    printf("%g %g\n", creal(z), cimag(z));
    z = -~!z;
    printf("%g %g\n", creal(z), cimag(z));
    z = __imag__ (__real__ z);
    z = 2 + 3 * I;
    z *= z *= z;
    printf("%g %g\n", creal(z), cimag(z));
    printf("%g %g %g %g %g\n", creal(g2), cimag(g2), creal(g3), cimag(g3), g6);
    printf("%g %g\n", crealf(g4), cimagf(g4));
    float _Complex big = (_Complex float) 1e40;
    printf("%g %g\n", crealf(big), cimagf(big));
    return 0;
}
