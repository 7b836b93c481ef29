/* printf: exact decimal expansion of powers of two and ten, %.0f of large values, long %e mantissas */
#include <stdio.h>
#include <math.h>

int main(void) {
    for (int k = 0; k <= 1023; k += 73) printf("2^%d = %.0f\n", k, ldexp(1.0, k));
    for (int k = -1; k >= -1074; k -= 151) printf("2^%d = %.10e\n", k, ldexp(1.0, k));
    printf("2^-20 = %.20f\n", ldexp(1.0, -20));
    printf("2^-1074 = %.60e\n", ldexp(1.0, -1074));
    for (int k = 15; k <= 25; k++) printf("1e%d = %.0f\n", k, pow(10.0, k));
    printf("%.30e\n", 1.0 / 3.0);
    printf("%.48f\n", 1.0 / 1024.0 / 1024.0 / 1024.0 / 1024.0);
    printf("%.3f %.3f %.3f\n", 0.0005, 0.0015, 0.0025);
    printf("%.0f %.0f %.0f %.0f\n", 4503599627370495.5, 4503599627370496.5, 4503599627370497.5, 9007199254740991.0);
    printf("%.1f %.1f %.1f\n", 0.05, 0.15, 0.25);
    printf("%.15g %.16g %.17g\n", 0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2);
    return 0;
}
