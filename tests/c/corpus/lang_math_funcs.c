/* math.h functions on exactly representable or well-conditioned inputs */
#include <stdio.h>
#include <math.h>

int main(void) {
    printf("sqrt(2)=%.15f sqrt(144)=%.1f\n", sqrt(2.0), sqrt(144.0));
    printf("pow(2,10)=%.1f pow(2,-2)=%.4f pow(9,0.5)=%.1f\n", pow(2, 10), pow(2, -2), pow(9, 0.5));
    printf("floor(-2.5)=%.1f ceil(-2.5)=%.1f round(2.5)=%.1f round(-2.5)=%.1f trunc(-2.7)=%.1f\n", floor(-2.5), ceil(-2.5), round(2.5), round(-2.5), trunc(-2.7));
    printf("fabs(-3.25)=%.2f fmod(10,3)=%.1f fmod(-10,3)=%.1f\n", fabs(-3.25), fmod(10, 3), fmod(-10, 3));
    printf("exp(0)=%.1f log(1)=%.1f log(e)=%.6f log10(1000)=%.6f log2(8)=%.6f\n", exp(0), log(1), log(exp(1.0)), log10(1000), log2(8));
    printf("sin(0)=%.6f cos(0)=%.6f atan2(1,1)*4=%.12f\n", sin(0), cos(0), atan2(1, 1) * 4);
    printf("hypot(3,4)=%.6f cbrt(27)=%.6f\n", hypot(3, 4), cbrt(27));
    double ip;
    double frac = modf(3.75, &ip);
    printf("modf(3.75) = %.2f + %.2f\n", ip, frac);
    int ex;
    double mant = frexp(48.0, &ex);
    printf("frexp(48) = %.4f * 2^%d, ldexp(0.75, 6) = %.1f\n", mant, ex, ldexp(0.75, 6));
    printf("fmin(2,3)=%.1f fmax(2,3)=%.1f copysign(2,-1)=%.1f\n", fmin(2, 3), fmax(2, 3), copysign(2, -1));
    printf("sqrtf(2)=%.6f floorf(-0.5)=%.1f\n", (double)sqrtf(2.0f), (double)floorf(-0.5f));
    printf("lround(2.5)=%ld lround(-2.5)=%ld\n", lround(2.5), lround(-2.5));
    return 0;
}
