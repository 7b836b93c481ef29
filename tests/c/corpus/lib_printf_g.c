/* printf: %g and %G style selection, precision, trailing zeros and the # flag */
#include <stdio.h>
#include <float.h>

int main(void) {
    double v[] = {0.0, -0.0, 1.0, 10.0, 100000.0, 1000000.0, 1234567.0, 0.0001, 0.00001, 0.000123456,
                  123.456, 1e-5, 1e15, 1e16, 1e17, 0.5, 2.5, 100.5, 999999.5, 9999995.0, 0.1, 1.0 / 3.0,
                  5e-324, DBL_MAX, DBL_MIN, -42.0, 3.0e-7, 314159.26535, 1e100};
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++)
        printf("[%g] [%G] [%.0g] [%.1g] [%.2g] [%.3g] [%.10g] [%.17g] [%#g] [%#.3g] [%12g] [%-12.4g|] [%012g] [%+g]\n",
               v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i]);
    printf("[%#.0g] [%#.1g] [%#g] [%#G]\n", 1.0, 0.0, 0.0001, 1e-10);
    printf("[%g] [%g] [%g] [%g]\n", 9.9999e-5, 9.99999e-5, 9.999999e-5, 0.99999999);
    printf("[%.3g] [%.3g] [%.3g]\n", 99.95, 999.5, 9995.0);
    printf("[%.50g]\n", 0.1);
    printf("[%.40g]\n", 1e23);
    return 0;
}
