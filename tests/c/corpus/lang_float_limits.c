/* float.h constants and what they mean: epsilon, min/max, digits, radix */
#include <stdio.h>
#include <float.h>

int main(void) {
    printf("FLT_RADIX=%d FLT_MANT_DIG=%d DBL_MANT_DIG=%d\n", FLT_RADIX, FLT_MANT_DIG, DBL_MANT_DIG);
    printf("FLT_DIG=%d DBL_DIG=%d\n", FLT_DIG, DBL_DIG);
    printf("FLT_MIN_EXP=%d FLT_MAX_EXP=%d DBL_MIN_EXP=%d DBL_MAX_EXP=%d\n", FLT_MIN_EXP, FLT_MAX_EXP, DBL_MIN_EXP, DBL_MAX_EXP);
    printf("FLT_MIN_10_EXP=%d FLT_MAX_10_EXP=%d DBL_MIN_10_EXP=%d DBL_MAX_10_EXP=%d\n", FLT_MIN_10_EXP, FLT_MAX_10_EXP, DBL_MIN_10_EXP, DBL_MAX_10_EXP);
    printf("FLT_EPSILON=%.9g DBL_EPSILON=%.17g\n", (double)FLT_EPSILON, DBL_EPSILON);
    printf("FLT_MIN=%.9g FLT_MAX=%.9g\n", (double)FLT_MIN, (double)FLT_MAX);
    printf("DBL_MIN=%.17g DBL_MAX=%.17g\n", DBL_MIN, DBL_MAX);
    printf("1 + FLT_EPSILON > 1: %d, 1 + FLT_EPSILON/2 == 1: %d\n", 1.0f + FLT_EPSILON > 1.0f, 1.0f + FLT_EPSILON / 2 == 1.0f);
    printf("1 + DBL_EPSILON > 1: %d, 1 + DBL_EPSILON/2 == 1: %d\n", 1.0 + DBL_EPSILON > 1.0, 1.0 + DBL_EPSILON / 2 == 1.0);
    printf("FLT_EVAL_METHOD=%d\n", FLT_EVAL_METHOD);
    printf("DBL_MAX + 1 == DBL_MAX: %d\n", DBL_MAX + 1 == DBL_MAX);
    printf("FLT_MAX as double = %.1f\n", (double)FLT_MAX);
    printf("DBL_MIN / 4 > 0: %d (subnormal)\n", DBL_MIN / 4 > 0);
    return 0;
}
