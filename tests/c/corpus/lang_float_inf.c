/* infinities: overflow to inf, 1/0, comparisons, arithmetic with inf, conversions and printing */
#include <stdio.h>
#include <math.h>
#include <float.h>

int main(void) {
    double zero = 0.0;
    double pinf = 1.0 / zero, ninf = -1.0 / zero;
    printf("pinf=%f ninf=%f\n", pinf, ninf);
    printf("%%e: %e %%g: %g\n", pinf, ninf);
    printf("pinf > DBL_MAX: %d, ninf < -DBL_MAX: %d\n", pinf > DBL_MAX, ninf < -DBL_MAX);
    printf("pinf == pinf: %d, pinf == -ninf: %d\n", pinf == pinf, pinf == -ninf);
    printf("pinf + 1 == pinf: %d, pinf * -2 == ninf: %d\n", pinf + 1 == pinf, pinf * -2 == ninf);
    printf("1/pinf = %g, -1/pinf = %g\n", 1 / pinf, -1 / pinf);
    double big = DBL_MAX;
    double over = big * 2;
    printf("DBL_MAX * 2 = %f, isinf = %d\n", over, isinf(over) != 0);
    float fbig = FLT_MAX;
    float fover = fbig * 2.0f;
    printf("FLT_MAX * 2 = %f\n", (double)fover);
    float fromd = (float)1e300;
    printf("(float)1e300 = %f\n", (double)fromd);
    printf("HUGE_VAL == pinf: %d, INFINITY == pinf: %d\n", HUGE_VAL == pinf, INFINITY == pinf);
    printf("exp(1000) = %f\n", exp(1000.0));
    printf("atan(inf) = %.10f\n", atan(pinf));
    printf("isinf(-inf) sign: %d\n", signbit(ninf) != 0);
    printf("[%8.2f] [%-8f] [%+f]\n", pinf, ninf, pinf);
    double vals[] = { 5, pinf, -3, ninf, 0 };
    double lo = vals[0], hi = vals[0];
    int i;
    for (i = 1; i < 5; i++) { if (vals[i] < lo) lo = vals[i]; if (vals[i] > hi) hi = vals[i]; }
    printf("lo=%f hi=%f\n", lo, hi);
    return 0;
}
