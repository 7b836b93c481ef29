/* float arithmetic is done in float precision, double in double (FLT_EVAL_METHOD 0) */
#include <stdio.h>

int main(void) {
    float a = 1.0f, b = 3.0f;
    float q = a / b;
    double dq = 1.0 / 3.0;
    printf("1.0f/3.0f = %.10f\n", q);
    printf("1.0/3.0   = %.10f\n", dq);
    printf("1.0f/3.0f = %.17g\n", (double)(a / b));
    printf("float 0.1 = %.17g\n", (double)0.1f);
    printf("double 0.1 = %.17g\n", 0.1);
    float s = 0.0f;
    int i;
    for (i = 0; i < 10; i++) s += 0.1f;
    printf("sum of ten 0.1f = %.10f, == 1.0f: %d\n", s, s == 1.0f);
    double sd = 0.0;
    for (i = 0; i < 10; i++) sd += 0.1;
    printf("sum of ten 0.1 = %.17g, == 1.0: %d\n", sd, sd == 1.0);
    float big = 16777216.0f;
    float bp = big + 1.0f;
    printf("16777216f + 1f = %.1f\n", bp);
    double dbig = 16777216.0;
    printf("16777216 + 1 = %.1f\n", dbig + 1.0);
    /* mixed float/double promotes to double */
    float third = 1.0f / 3.0f;
    printf("third * 3.0 = %.17g\n", third * 3.0);
    printf("third * 3.0f = %.17g\n", (double)(third * 3.0f));
    printf("sizeof(1.0f * 2.0f) = %zu, sizeof(1.0f * 2.0) = %zu\n", sizeof(1.0f * 2.0f), sizeof(1.0f * 2.0));
    printf("sizeof(1.0f + 1) = %zu\n", sizeof(1.0f + 1));
    /* float comparisons against double constants */
    float tenth = 0.1f;
    printf("0.1f == 0.1: %d, 0.1f == 0.1f: %d, (float)0.1 == 0.1f: %d\n", tenth == 0.1, tenth == 0.1f, (float)0.1 == tenth);
    /* products with different rounding */
    float x = 1.1f, y = 1.3f;
    float p = x * y;
    printf("1.1f*1.3f = %.9g\n", (double)p);
    printf("1.1*1.3 = %.17g\n", 1.1 * 1.3);
    float e = 1.0f;
    int steps = 0;
    while (1.0f + e / 2.0f > 1.0f) { e /= 2.0f; steps++; }
    printf("float epsilon by loop = %.10g after %d steps\n", (double)e, steps);
    double de = 1.0;
    steps = 0;
    while (1.0 + de / 2.0 > 1.0) { de /= 2.0; steps++; }
    printf("double epsilon by loop = %.17g after %d steps\n", de, steps);
    return 0;
}
