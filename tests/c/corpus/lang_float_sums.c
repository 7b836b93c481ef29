/* accumulating sums and series in float and double: harmonic, pi by Leibniz, e by series, sqrt by Newton */
#include <stdio.h>

int main(void) {
    float hf = 0.0f;
    double hd = 0.0;
    int i;
    for (i = 1; i <= 1000; i++) { hf += 1.0f / i; hd += 1.0 / i; }
    printf("harmonic(1000): float %.9g double %.17g\n", (double)hf, hd);
    float hfr = 0.0f;
    for (i = 1000; i >= 1; i--) hfr += 1.0f / i;
    printf("harmonic reversed float %.9g\n", (double)hfr);
    double pi = 0;
    for (i = 0; i < 2000; i++) pi += (i % 2 ? -4.0 : 4.0) / (2 * i + 1);
    printf("leibniz pi = %.15f\n", pi);
    double e = 1, term = 1;
    for (i = 1; i < 20; i++) { term /= i; e += term; }
    printf("e = %.17g\n", e);
    double x = 2.0, g = 1.0;
    for (i = 0; i < 6; i++) { g = (g + x / g) / 2; printf("newton %d: %.17g\n", i, g); }
    float gf = 1.0f;
    for (i = 0; i < 6; i++) gf = (gf + 2.0f / gf) / 2.0f;
    printf("newton float: %.9g\n", (double)gf);
    double mean = 0, m2 = 0;
    double data[] = { 2, 4, 4, 4, 5, 5, 7, 9 };
    for (i = 0; i < 8; i++) { double delta = data[i] - mean; mean += delta / (i + 1); m2 += delta * (data[i] - mean); }
    printf("welford mean %.6f variance %.6f\n", mean, m2 / 8);
    double prod = 1;
    for (i = 1; i <= 170; i++) prod *= i;
    printf("170! = %.6e\n", prod);
    return 0;
}
