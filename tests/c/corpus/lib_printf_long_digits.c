/* printf: very long exact expansions: %.1074f of 2^-1074, %.1100e, %.0f of DBL_MAX, and %.*f with large precisions */
#include <stdio.h>
#include <float.h>
#include <string.h>

int main(void) {
    static char buf[4096];
    int n = sprintf(buf, "%.1074f", 4.9406564584124654e-324);
    size_t nz = strspn(buf + 2, "0");
    printf("2^-1074 %%.1074f: %d chars, %zu leading zeros after '0.', digits: %s\n", n, nz, buf + 2 + nz);
    n = sprintf(buf, "%.1100e", 4.9406564584124654e-324);
    printf("%%.1100e length %d, head %.30s tail %s\n", n, buf, buf + n - 40);
    n = sprintf(buf, "%.0f", DBL_MAX);
    printf("DBL_MAX %%.0f has %d digits\n", n);
    n = sprintf(buf, "%.767f", DBL_MIN);
    printf("DBL_MIN %%.767f: %d chars, last 60: %s\n", n, buf + n - 60);
    for (int p = 50; p <= 400; p += 50) {
        n = sprintf(buf, "%.*f", p, 0.1);
        printf("0.1 %%.%df: %d chars, ends %s\n", p, n, buf + n - 12);
    }
    n = sprintf(buf, "%#.300g", 1.0 / 7.0);
    printf("1/7 %%#.300g: %d chars, ends %s\n", n, buf + n - 20);
    printf("%.100f\n", 123456789.123456789);
    return 0;
}
