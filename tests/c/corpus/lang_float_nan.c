/* NaN: produced by 0.0/0.0 and inf-inf, compares unequal to everything, propagates, !(x == x) */
#include <stdio.h>
#include <math.h>

static const char *b(int v) { return v ? "true" : "false"; }

int main(void) {
    double zero = 0.0;
    double n = zero / zero;
    double inf = 1.0 / zero;
    double n2 = inf - inf;
    printf("n == n: %s, n != n: %s\n", b(n == n), b(n != n));
    printf("n < 1: %s, n > 1: %s, n <= n: %s, n >= 0: %s\n", b(n < 1), b(n > 1), b(n <= n), b(n >= 0));
    printf("n2 != n2: %s, isnan(n)=%d isnan(1.0)=%d\n", b(n2 != n2), isnan(n) != 0, isnan(1.0) != 0);
    printf("n + 1 is nan: %s, n * 0 is nan: %s\n", b((n + 1) != (n + 1)), b((n * 0) != (n * 0)));
    printf("!n = %d, n ? 1 : 0 = %d\n", !n, n ? 1 : 0);
    printf("(_Bool)n = %d\n", (_Bool)n);
    float nf = (float)n;
    printf("float nan != itself: %s\n", b(nf != nf));
    double arr[5] = { 3.0, n, 1.0, n, 2.0 };
    int i, count = 0;
    double mx = -inf;
    for (i = 0; i < 5; i++) {
        if (arr[i] != arr[i]) { count++; continue; }
        if (arr[i] > mx) mx = arr[i];
    }
    printf("nan count %d, max of others %.1f\n", count, mx);
    printf("0 * inf is nan: %s\n", b((zero * inf) != (zero * inf)));
    printf("sqrt(-1) is nan: %s\n", b(isnan(sqrt(-1.0)) != 0));
    printf("fmax(n, 2) = %.1f\n", fmax(n, 2.0));
    printf("isfinite(n)=%d isinf(n)=%d\n", isfinite(n) != 0, isinf(n) != 0);
    /* comparisons in if with nan take the else branch */
    if (n < 0) printf("lt\n"); else if (n >= 0) printf("ge\n"); else printf("unordered\n");
    return 0;
}
