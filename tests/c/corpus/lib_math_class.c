/* math.h: isnan, isinf, isfinite, isnormal, signbit, fpclassify macros and HUGE_VAL, INFINITY, NAN */
#include <stdio.h>
#include <math.h>
#include <float.h>

static const char *cls(int c) {
    switch (c) {
    case FP_NAN: return "FP_NAN";
    case FP_INFINITE: return "FP_INFINITE";
    case FP_ZERO: return "FP_ZERO";
    case FP_SUBNORMAL: return "FP_SUBNORMAL";
    case FP_NORMAL: return "FP_NORMAL";
    }
    return "?";
}

int main(void) {
    double v[] = {0.0, -0.0, 1.0, -1.0, DBL_MIN, DBL_MIN / 2, DBL_MAX, INFINITY, -INFINITY, NAN, -NAN, HUGE_VAL, 5e-324};
    const char *n[] = {"0", "-0", "1", "-1", "DBL_MIN", "DBL_MIN/2", "DBL_MAX", "INF", "-INF", "NAN", "-NAN", "HUGE_VAL", "5e-324"};
    for (int i = 0; i < 13; i++)
        printf("%-10s isnan=%d isinf=%d isfinite=%d isnormal=%d signbit=%d %s\n", n[i], isnan(v[i]) != 0, isinf(v[i]) != 0,
               isfinite(v[i]) != 0, isnormal(v[i]) != 0, signbit(v[i]) != 0, cls(fpclassify(v[i])));
    float f[] = {0.0f, 1.0f, FLT_MIN / 4, INFINITY, NAN};
    for (int i = 0; i < 5; i++)
        printf("float %d isnan=%d isinf=%d isnormal=%d %s\n", i, isnan(f[i]) != 0, isinf(f[i]) != 0, isnormal(f[i]) != 0,
               cls(fpclassify(f[i])));
    double nan = NAN;
    printf("nan==nan %d nan!=nan %d nan<1 %d nan>1 %d\n", nan == nan, nan != nan, nan < 1, nan > 1);
    printf("isgreater %d isless %d isunordered %d islessgreater %d\n", isgreater(2.0, 1.0), isless(nan, 1.0),
           isunordered(nan, 1.0), islessgreater(1.0, 2.0));
    printf("HUGE_VAL==INFINITY %d\n", HUGE_VAL == INFINITY);
    return 0;
}
