/* sscanf %lg reads back exactly what printf %.17g and %a wrote, for
   hard cases: subnormals, extremes, halfway cases, negative zero; %a and
   %la input; float with %g. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    double vals[] = {0.1, 1.0 / 3, 2.0 / 3, 1e23, 5e-324, 2.2250738585072009e-308,
                     2.2250738585072014e-308, DBL_MAX, DBL_MIN, DBL_EPSILON, -0.0, 123456789.123456789,
                     9007199254740993.0, 0.30000000000000004, 1.7976931348623157e308, 4.35,
                     8.5e-322, 1e-310, 3.14159265358979323846, 299792458.0};
    int n = sizeof vals / sizeof vals[0], bad = 0;
    for (int i = 0; i < n; i++) {
        char s[64], h[64];
        double back = 0, hback = 0;
        snprintf(s, sizeof s, "%.17g", vals[i]);
        snprintf(h, sizeof h, "%a", vals[i]);
        int k1 = sscanf(s, "%lg", &back);
        int k2 = sscanf(h, "%la", &hback);
        int same = memcmp(&back, &vals[i], sizeof back) == 0 && memcmp(&hback, &vals[i], sizeof hback) == 0;
        if (!same || k1 != 1 || k2 != 1) bad++;
        printf("%-26s %-26s %d%d %s\n", s, h, k1, k2, same ? "exact" : "DIFFERENT");
    }
    printf("%d of %d round trips differ\n", bad, n);

    double x;
    float fl;
    int k = sscanf("  -0x1.fffffffffffffp+1023 rest", "%lf", &x);
    printf("%d %a %.17g\n", k, x, x);
    k = sscanf("0X1P-1074", "%lg", &x);
    printf("%d %a\n", k, x);
    k = sscanf("inf", "%lg", &x);
    printf("%d %g\n", k, x);
    k = sscanf("-nan", "%lg", &x);
    printf("%d %d\n", k, isnan(x) != 0);
    k = sscanf("1e-46", "%g", &fl);
    printf("%d %g\n", k, fl);
    k = sscanf("3.4028235e38", "%f", &fl);
    printf("%d %a\n", k, fl);
    k = sscanf("1.5e", "%lg", &x);
    printf("'1.5e': %d %g\n", k, x);
    int a, b;
    k = sscanf("12 abc", "%d %d", &a, &b);
    printf("partial match: %d %d\n", k, a);
    k = sscanf("", "%d", &a);
    printf("empty input: %d\n", k);
    printf("%a %a %a %a\n", 1.0, -0.5, 0x1.23456789abcdep-1000, 5e-324);
    printf("%.3a %.0a %A %#a\n", M_PI, 1.5, 255.0, 2.0);
    return 0;
}
