/* GCC builtins behind <math.h>'s classification macros (isnan, isinf,
   isinf_sign, isfinite, isnormal, signbit, fpclassify, the quiet
   comparisons), clrsb, object_size, assume_aligned, stpcpy/mempcpy,
   __builtin_setjmp/longjmp and __builtin_expect's side effects. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <math.h>
#include <float.h>

static void *jb[5];
static int depth;
static void jump(int n) { if (n == 0) __builtin_longjmp(jb, 1); jump(n - 1); }
static int calls;
static double f(double x) { calls++; return x; }
int main(void) {
    volatile double zero = 0.0;
    double vals[] = { 0.0, -0.0, 1.5, -2.0, 1e-310, -1e-310, DBL_MAX, 1.0 / zero, -1.0 / zero, zero / zero };
    for (int i = 0; i < 10; i++) {
        double x = vals[i];
        printf("%d: nan %d inf %d infsign %d finite %d normal %d signbit %d class %d\n", i,
               __builtin_isnan(x), __builtin_isinf(x), __builtin_isinf_sign(x), __builtin_isfinite(x),
               __builtin_isnormal(x), __builtin_signbit(x) != 0,
               __builtin_fpclassify(10, 11, 12, 13, 14, x));
        float fx = (float)x;
        printf("   float: nan %d inf %d finite %d signbit %d\n", __builtin_isnan(fx), __builtin_isinff(fx),
               __builtin_isfinite(fx), __builtin_signbitf(fx) != 0);
        for (int j = 0; j < 10; j += 3) {
            double y = vals[j];
            printf("   vs %d: gt %d ge %d lt %d le %d lg %d un %d\n", j, __builtin_isgreater(x, y),
                   __builtin_isgreaterequal(x, y), __builtin_isless(x, y), __builtin_islessequal(x, y),
                   __builtin_islessgreater(x, y), __builtin_isunordered(x, y));
        }
    }
    int ints[] = { 0, 1, -1, 30, -31, 0x7fffffff, (int)0x80000000 };
    for (int i = 0; i < 7; i++)
        printf("clrsb(%d) = %d, clrsbl = %d, clrsbll = %d\n", ints[i], __builtin_clrsb(ints[i]),
               __builtin_clrsbl((long)ints[i] * 1048576), __builtin_clrsbll(ints[i]));
    calls = 0;
    int r = __builtin_isnan(f(1.0)) + __builtin_isinf(f(2.0)) + __builtin_isunordered(f(1.0), f(2.0));
    printf("side effects once: %d calls, %d\n", calls, r);
    char buf[32];
    char *e = mempcpy(buf, "hello", 5);
    *e = 0;
    printf("%s %d\n", buf, (int)(e - buf));
    e = __builtin_stpcpy(buf, "abc");
    printf("%s %d\n", buf, (int)(e - buf));
    char *q = __builtin_assume_aligned(buf, 1);
    printf("%d %zu %zu\n", q == buf, __builtin_object_size(buf, 0), __builtin_object_size(q, 2));
    /* __builtin_setjmp/__builtin_longjmp with gcc's five-word buffer. */
    /* A local changed after __builtin_setjmp keeps its latest value, as
       gcc promises for the builtin (pr60003). */
    int passes = 0;
    if (__builtin_setjmp(jb) == 0) {
        passes++;
        jump(5);
    } else {
        passes += 10;
    }
    printf("setjmp passes %d\n", passes);
    /* __builtin_expect evaluates both arguments (gcc's pr85156). */
    int z = 10, x = 1;
    if (__builtin_expect(x, z++)) z += 100;
    printf("expect %d\n", z);
    return 0;
}
