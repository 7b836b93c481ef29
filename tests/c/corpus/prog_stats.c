/* program: read numbers from stdin (skipping junk), compute count, mean, variance, median, quartiles, mode and a histogram */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }

static double quantile(const double *v, int n, double q) {
    double pos = q * (n - 1);
    int i = (int)pos;
    double frac = pos - i;
    return i + 1 < n ? v[i] + (v[i + 1] - v[i]) * frac : v[i];
}

int main(void) {
    double *v = NULL;
    int n = 0, cap = 0, junk = 0;
    char word[64];
    while (scanf("%63s", word) == 1) {
        char *end;
        double x = strtod(word, &end);
        if (end == word || *end) { junk++; continue; }
        if (n == cap) { cap = cap ? cap * 2 : 4; v = realloc(v, (size_t)cap * sizeof *v); }
        v[n++] = x;
    }
    printf("read %d numbers, skipped %d tokens\n", n, junk);
    if (n == 0) return 1;
    double sum = 0;
    for (int i = 0; i < n; i++) sum += v[i];
    double mean = sum / n, m2 = 0;
    for (int i = 0; i < n; i++) m2 += (v[i] - mean) * (v[i] - mean);
    qsort(v, (size_t)n, sizeof *v, cmp);
    printf("sum=%.6f mean=%.6f var=%.6f sd=%.6f\n", sum, mean, m2 / (n - 1), sqrt(m2 / (n - 1)));
    printf("min=%g q1=%g median=%g q3=%g max=%g\n", v[0], quantile(v, n, 0.25), quantile(v, n, 0.5), quantile(v, n, 0.75), v[n - 1]);
    double mode = v[0];
    int best = 0;
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && v[j] == v[i]) j++;
        if (j - i > best) { best = j - i; mode = v[i]; }
        i = j;
    }
    printf("mode=%g (%d times)\n", mode, best);
    int hist[8] = {0};
    double width = (v[n - 1] - v[0]) / 8;
    for (int i = 0; i < n; i++) { int b = width > 0 ? (int)((v[i] - v[0]) / width) : 0; if (b > 7) b = 7; hist[b]++; }
    for (int b = 0; b < 8; b++) {
        printf("[%8.2f, %8.2f) %3d ", v[0] + b * width, v[0] + (b + 1) * width, hist[b]);
        for (int k = 0; k < hist[b]; k++) putchar('*');
        putchar('\n');
    }
    free(v);
    return 0;
}
