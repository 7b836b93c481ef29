/* printf: decimal rounding of %.Nf/%.Ne/%.Ng on exact binary ties (round-half-even) and near-ties, k/8, k/1000 sweeps */
#include <stdio.h>
#include <string.h>

int main(void) {
    printf("k/8 with %%.0f %%.1f %%.2f:\n");
    for (int k = -20; k <= 20; k++) printf("%6.3f -> [%.0f] [%.1f] [%.2f]%s", k / 8.0, k / 8.0, k / 8.0, k / 8.0, (k + 20) % 3 == 2 ? "\n" : "   ");
    printf("\n");
    const double near[] = {2.675, 2.665, 1.005, 1.115, 0.045, 0.055, 8.345, 1.4999999999999999, 0.49999999999999994, 1234.5, 1235.5, 1e15 + 0.5, 2.5e-5, 3.5e-5};
    for (int i = 0; i < 14; i++)
        printf("%-24.17g [%.0f] [%.2f] [%.0e] [%.1e] [%.2e] [%.1g] [%.3g]\n", near[i], near[i], near[i], near[i], near[i], near[i], near[i], near[i]);
    unsigned long hash = 0;
    char buf[64];
    for (int k = 0; k < 4000; k++) {
        double v = k / 1000.0;
        for (int prec = 0; prec <= 3; prec++) {
            int n = sprintf(buf, "%.*f|%.*e|%.*g", prec, v, prec, v, prec + 1, v);
            for (int i = 0; i < n; i++) hash = hash * 131 + (unsigned char)buf[i];
        }
    }
    printf("k/1000 sweep hash %lu\n", hash);
    hash = 0;
    for (int k = 1; k < 2000; k++) {
        double v = k * 0.5 + 0.25;
        int n = sprintf(buf, "%.1f %.0f %.2e", v, v * 2, v);
        for (int i = 0; i < n; i++) hash = hash * 131 + (unsigned char)buf[i];
    }
    printf("tie sweep hash %lu\n", hash);
    printf("[%.1f] [%.1f] [%.1f] [%.1f]\n", 0.25, 0.75, -0.25, -0.75);
    printf("[%.3e] [%.3e]\n", 1.0625, 1.1875);
    return 0;
}
