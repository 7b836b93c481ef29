/* float.h: FLT_* and DBL_* characteristics printed exactly */
#include <stdio.h>
#include <float.h>

int main(void) {
    printf("FLT_RADIX=%d FLT_ROUNDS=%d FLT_EVAL_METHOD=%d FLT_DECIMAL_DIG=%d DBL_DECIMAL_DIG=%d\n", FLT_RADIX, FLT_ROUNDS, FLT_EVAL_METHOD, FLT_DECIMAL_DIG, DBL_DECIMAL_DIG);
    printf("FLT_MANT_DIG=%d FLT_DIG=%d FLT_MIN_EXP=%d FLT_MAX_EXP=%d FLT_MIN_10_EXP=%d FLT_MAX_10_EXP=%d\n", FLT_MANT_DIG,
           FLT_DIG, FLT_MIN_EXP, FLT_MAX_EXP, FLT_MIN_10_EXP, FLT_MAX_10_EXP);
    printf("FLT_MAX=%.9g FLT_MIN=%.9g FLT_EPSILON=%.9g\n", (double)FLT_MAX, (double)FLT_MIN, (double)FLT_EPSILON);
    printf("FLT_MAX=%a FLT_MIN=%a FLT_EPSILON=%a\n", (double)FLT_MAX, (double)FLT_MIN, (double)FLT_EPSILON);
    printf("DBL_MANT_DIG=%d DBL_DIG=%d DBL_MIN_EXP=%d DBL_MAX_EXP=%d DBL_MIN_10_EXP=%d DBL_MAX_10_EXP=%d\n", DBL_MANT_DIG,
           DBL_DIG, DBL_MIN_EXP, DBL_MAX_EXP, DBL_MIN_10_EXP, DBL_MAX_10_EXP);
    printf("DBL_MAX=%.17g DBL_MIN=%.17g DBL_EPSILON=%.17g\n", DBL_MAX, DBL_MIN, DBL_EPSILON);
    printf("DBL_MAX=%a DBL_MIN=%a DBL_EPSILON=%a\n", DBL_MAX, DBL_MIN, DBL_EPSILON);
    printf("1+eps>1: %d 1+eps/2==1: %d\n", 1.0 + DBL_EPSILON > 1.0, 1.0 + DBL_EPSILON / 2 == 1.0);
    float f = 1.0f;
    int bits = 0;
    while ((float)(1.0f + f) != 1.0f) { f /= 2.0f; bits++; }
    double d = 1.0;
    int dbits = 0;
    while (1.0 + d != 1.0) { d /= 2.0; dbits++; }
    printf("float mantissa bits found=%d double=%d\n", bits, dbits);
    return 0;
}
