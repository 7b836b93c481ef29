/* printf: %e and %E including precision 0, # flag, huge and tiny exponents */
#include <stdio.h>
#include <float.h>

int main(void) {
    double v[] = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 9.5, 12345.6789, 1e10, 1e-10, 1e100, 1e-100,
                  1e300, 1e-300, 9.999999e5, 9.9999995e5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                  123456789.0, 0.000123, 6.02214076e23, 1.602176634e-19, 15.5, 25.5, 0.95, 0.05};
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++)
        printf("[%e] [%.0e] [%#.0e] [%.1e] [%.3E] [%15.4e] [%-15.2e|] [%015.3e] [%+.2e] [% .10e]\n",
               v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i]);
    printf("[%.30e]\n", 0.1);
    printf("[%.20e]\n", DBL_MAX);
    printf("[%.16e]\n", DBL_MIN);
    printf("[%.0e] [%.0e] [%.0e] [%.0e]\n", 0.5, 1.5, 2.5, 3.5);
    printf("[%.1e] [%.1e] [%.1e]\n", 1.25, 1.35, 1.45);
    printf("[%E] [%E]\n", 1e-5, -6.5e100);
    return 0;
}
