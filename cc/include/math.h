/* <math.h> for voxcc. The transcendental functions are the host's C
   library's (the same results as a native program on that host). */
#ifndef __VOXCC_MATH_H
#define __VOXCC_MATH_H
#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL HUGE_VAL
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440
#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4
typedef float float_t;
typedef double double_t;

int __vox_fpclassify(double x);
int __vox_fpclassifyf(float x);
int __vox_signbit(double x);
#define fpclassify(x) (sizeof(x) == sizeof(float) ? __vox_fpclassifyf(x) : __vox_fpclassify(x))
#define isnan(x) ((x) != (x))
#define isinf(x) (fpclassify(x) == FP_INFINITE)
#define isfinite(x) (fpclassify(x) >= FP_ZERO)
#define isnormal(x) (fpclassify(x) == FP_NORMAL)
#define signbit(x) (sizeof(x) == sizeof(float) ? __vox_signbit((double)(x)) : __vox_signbit(x))
#define isgreater(a, b) ((a) > (b))
#define isgreaterequal(a, b) ((a) >= (b))
#define isless(a, b) ((a) < (b))
#define islessequal(a, b) ((a) <= (b))
#define islessgreater(a, b) ((a) < (b) || (a) > (b))
#define isunordered(a, b) (isnan(a) || isnan(b))

#define __VOX_MATH1(name) double name(double); float name##f(float); long double name##l(long double);
#define __VOX_MATH2(name) double name(double, double); float name##f(float, float); long double name##l(long double, long double);
__VOX_MATH1(sqrt) __VOX_MATH1(fabs) __VOX_MATH1(floor) __VOX_MATH1(ceil) __VOX_MATH1(trunc)
__VOX_MATH1(round) __VOX_MATH1(rint) __VOX_MATH1(nearbyint)
__VOX_MATH1(sin) __VOX_MATH1(cos) __VOX_MATH1(tan) __VOX_MATH1(asin) __VOX_MATH1(acos) __VOX_MATH1(atan)
__VOX_MATH1(sinh) __VOX_MATH1(cosh) __VOX_MATH1(tanh) __VOX_MATH1(asinh) __VOX_MATH1(acosh) __VOX_MATH1(atanh)
__VOX_MATH1(exp) __VOX_MATH1(exp2) __VOX_MATH1(expm1) __VOX_MATH1(log) __VOX_MATH1(log2) __VOX_MATH1(log10)
__VOX_MATH1(log1p) __VOX_MATH1(logb) __VOX_MATH1(cbrt) __VOX_MATH1(erf) __VOX_MATH1(erfc) __VOX_MATH1(tgamma)
__VOX_MATH1(lgamma)
/* X/Open Bessel functions and GNU's exp10 (the host's libm computes them). */
__VOX_MATH1(j0) __VOX_MATH1(j1) __VOX_MATH1(y0) __VOX_MATH1(y1) __VOX_MATH1(exp10)
double jn(int, double); float jnf(int, float); long double jnl(int, long double);
double yn(int, double); float ynf(int, float); long double ynl(int, long double);
void sincos(double, double *, double *); void sincosf(float, float *, float *);
void sincosl(long double, long double *, long double *);
double drem(double, double); float dremf(float, float);
double significand(double); float significandf(float);
__VOX_MATH2(pow) __VOX_MATH2(atan2) __VOX_MATH2(fmod) __VOX_MATH2(hypot) __VOX_MATH2(copysign)
__VOX_MATH2(fmin) __VOX_MATH2(fmax) __VOX_MATH2(fdim) __VOX_MATH2(nextafter) __VOX_MATH2(remainder)
double fma(double, double, double); float fmaf(float, float, float); long double fmal(long double, long double, long double);
double frexp(double, int *); float frexpf(float, int *); long double frexpl(long double, int *);
double ldexp(double, int); float ldexpf(float, int); long double ldexpl(long double, int);
double scalbn(double, int); float scalbnf(float, int); long double scalbnl(long double, int);
double scalbln(double, long); float scalblnf(float, long); long double scalblnl(long double, long);
double modf(double, double *); float modff(float, float *); long double modfl(long double, long double *);
long lround(double); long lroundf(float); long lroundl(long double);
long long llround(double); long long llroundf(float); long long llroundl(long double);
long lrint(double); long lrintf(float); long lrintl(long double);
long long llrint(double); long long llrintf(float); long long llrintl(long double);
int ilogb(double); int ilogbf(float); int ilogbl(long double);
double nan(const char *); float nanf(const char *); long double nanl(const char *);
double nexttoward(double, long double); float nexttowardf(float, long double);
long double nexttowardl(long double, long double);
double remquo(double, double, int *); float remquof(float, float, int *);
long double remquol(long double, long double, int *);
#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)
#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
/* errno is set; there are no floating-point exception flags (<fenv.h>). */
#define math_errhandling MATH_ERRNO
#undef __VOX_MATH1
#undef __VOX_MATH2
#endif
