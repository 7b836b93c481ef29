/* va_copy: traversing the argument list twice; va_list passed to helpers */
#include <stdio.h>
#include <stdarg.h>

static int max_and_count_above(int threshold, int n, ...) {
    va_list ap, ap2;
    int i, mx = -2147483647 - 1, above = 0;
    va_start(ap, n);
    va_copy(ap2, ap);
    for (i = 0; i < n; i++) { int v = va_arg(ap, int); if (v > mx) mx = v; }
    for (i = 0; i < n; i++) if (va_arg(ap2, int) > threshold) above++;
    va_end(ap2);
    va_end(ap);
    printf("max=%d above %d: %d\n", mx, threshold, above);
    return mx;
}

static double mean_of(int n, va_list ap) {
    double s = 0;
    int i;
    for (i = 0; i < n; i++) s += va_arg(ap, double);
    return s / n;
}

static void stats(int n, ...) {
    va_list ap, copy;
    va_start(ap, n);
    va_copy(copy, ap);
    double mean = mean_of(n, ap);
    double var = 0;
    int i;
    for (i = 0; i < n; i++) { double d = va_arg(copy, double) - mean; var += d * d; }
    va_end(copy);
    va_end(ap);
    printf("mean=%.4f var=%.4f\n", mean, var / n);
}

/* partially consume, then copy, then continue both */
static void partial(int n, ...) {
    va_list ap, rest;
    va_start(ap, n);
    int first = va_arg(ap, int);
    va_copy(rest, ap);
    int second = va_arg(ap, int);
    int again = va_arg(rest, int);
    printf("first=%d second=%d again=%d", first, second, again);
    int i;
    for (i = 2; i < n; i++) printf(" %d", va_arg(rest, int));
    printf("\n");
    va_end(rest);
    va_end(ap);
}

int main(void) {
    int r = max_and_count_above(10, 6, 3, 15, 9, 27, 11, -4);
    stats(5, 2.0, 4.0, 4.0, 5.0, 7.0);
    partial(5, 10, 20, 30, 40, 50);
    /* restart with va_start again after va_end */
    return r;
}
