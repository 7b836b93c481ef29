/* float <-> double conversions: widening is exact, narrowing rounds; float parameters and returns */
#include <stdio.h>

static float half(float x) { return x / 2; }
static double widen(float x) { return x; }
static float narrow(double x) { return (float)x; }
static float sumf(float a, float b, float c) { return a + b + c; }

int main(void) {
    float f = 0.1f;
    double d = f;
    printf("0.1f widened: %.20f\n", d);
    printf("0.1 narrowed: %.20f\n", (double)narrow(0.1));
    printf("half(3.0f) = %.9g\n", (double)half(3.0f));
    printf("widen(1.0f/3) = %.17g\n", widen(1.0f / 3));
    double vals[] = { 1.0000001, 1.00000001, 123456789.0, 0.333333333333, 1e-39, 1e-46, 3.4028235677973366e38 };
    unsigned i;
    for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        float nf = (float)vals[i];
        printf("%.17g -> %.9g back %.17g\n", vals[i], (double)nf, (double)nf);
    }
    /* round half to even when narrowing */
    double mid = 1.0 + 1.0 / (1 << 24);     /* exactly halfway between two floats */
    double mid2 = 1.0 + 3.0 / (1 << 24);
    printf("halfway %.17g -> %.17g\n", mid, (double)(float)mid);
    printf("halfway %.17g -> %.17g\n", mid2, (double)(float)mid2);
    printf("sumf = %.9g\n", (double)sumf(0.1f, 0.2f, 0.3f));
    float a = 16777216.0f;
    printf("a + 1.0 (double) = %.1f, a + 1.0f = %.1f\n", a + 1.0, (double)(a + 1.0f));
    float accum = 0;
    for (i = 0; i < 100; i++) accum += 0.01f;
    printf("float accumulation = %.9g\n", (double)accum);
    double daccum = 0;
    for (i = 0; i < 100; i++) daccum += 0.01f;
    printf("double accum of 0.01f = %.17g\n", daccum);
    return 0;
}
