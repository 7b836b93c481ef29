/* <math.h>: what the VM does in one instruction (square root, rounding,
   absolute value, fmod, copysign) is here; the transcendental functions are
   the host's libm (see the runtime). long double is double.
   errno is set as glibc sets it (math_errhandling is MATH_ERRNO): EDOM for
   a domain error, ERANGE for a pole error, overflow or underflow to 0. The
   host's functions report libm's own errno through their last argument. */
#include <math.h>
#include <errno.h>

/* sqrt(x) that gave a NaN: a domain error unless x was a NaN already.
   Out of line, so that sqrt stays small enough to be inlined; it works the
   result out again, so that the inlined code keeps nothing live for it. */
static double sqrt_nan(double x) {
    if (x == x) errno = EDOM;
    return __builtin_vox("sqrt.f64", x);
}
static float sqrtf_nan(float x) {
    if (x == x) errno = EDOM;
    return __builtin_vox("sqrt.f32", x);
}

/* Testing the result is all that the usual path pays. */
double sqrt(double x) {
    double r = __builtin_vox("sqrt.f64", x);
    if (r != r) return sqrt_nan(x);
    return r;
}
float sqrtf(float x) {
    float r = __builtin_vox("sqrt.f32", x);
    if (r != r) return sqrtf_nan(x);
    return r;
}
double fabs(double x) { return __builtin_vox("abs.f64", x); }
float fabsf(float x) { return __builtin_vox("abs.f32", x); }
double floor(double x) { return __builtin_vox("floor.f64", x); }
float floorf(float x) { return __builtin_vox("floor.f32", x); }
double ceil(double x) { return __builtin_vox("ceil.f64", x); }
float ceilf(float x) { return __builtin_vox("ceil.f32", x); }
double trunc(double x) { return __builtin_vox("trunc.f64", x); }
float truncf(float x) { return __builtin_vox("trunc.f32", x); }
double round(double x) { return __builtin_vox("round.f64", x); }
float roundf(float x) { return __builtin_vox("round.f32", x); }
double rint(double x) { return __builtin_vox("rint.f64", x); }
float rintf(float x) { return __builtin_vox("rint.f32", x); }
double nearbyint(double x) { return __builtin_vox("rint.f64", x); }
float nearbyintf(float x) { return __builtin_vox("rint.f32", x); }
double fmod(double x, double y) {
    double r = __builtin_vox("rem.f64", x, y);
    if (r != r && x == x && y == y) errno = EDOM;
    return r;
}
float fmodf(float x, float y) {
    float r = __builtin_vox("rem.f32", x, y);
    if (r != r && x == x && y == y) errno = EDOM;
    return r;
}
double copysign(double x, double y) { return __builtin_vox("copysign.f64", x, y); }
float copysignf(float x, float y) { return __builtin_vox("copysign.f32", x, y); }

double fmin(double x, double y) { return x != x ? y : y != y ? x : (x < y || (x == y && __vox_signbit(x))) ? x : y; }
float fminf(float x, float y) { return (float)fmin(x, y); }
double fmax(double x, double y) { return x != x ? y : y != y ? x : (x > y || (x == y && !__vox_signbit(x))) ? x : y; }
float fmaxf(float x, float y) { return (float)fmax(x, y); }
double fdim(double x, double y) {
    if (x != x || y != y) return x + y;
    if (x <= y) return 0.0;
    double r = x - y;
    if (__vox_fpclassify(r) == FP_INFINITE && __vox_fpclassify(x) != FP_INFINITE &&
        __vox_fpclassify(y) != FP_INFINITE)
        errno = ERANGE;
    return r;
}
float fdimf(float x, float y) {
    if (x != x || y != y) return x + y;
    if (x <= y) return 0.0f;
    float r = x - y;
    if (__vox_fpclassifyf(r) == FP_INFINITE && __vox_fpclassifyf(x) != FP_INFINITE &&
        __vox_fpclassifyf(y) != FP_INFINITE)
        errno = ERANGE;
    return r;
}

int __vox_signbit(double x) { return (int)((unsigned long)__builtin_vox("bitcast.i64.f64", x) >> 63); }

int __vox_fpclassify(double x) {
    unsigned long b = (unsigned long)__builtin_vox("bitcast.i64.f64", x);
    unsigned long e = (b >> 52) & 0x7ff, m = b & 0xfffffffffffffUL;
    if (e == 0x7ff) return m ? FP_NAN : FP_INFINITE;
    if (e == 0) return m ? FP_SUBNORMAL : FP_ZERO;
    return FP_NORMAL;
}

int __vox_fpclassifyf(float x) {
    unsigned b = (unsigned)__builtin_vox("bitcast.i32.f32", x);
    unsigned e = (b >> 23) & 0xff, m = b & 0x7fffff;
    if (e == 0xff) return m ? FP_NAN : FP_INFINITE;
    if (e == 0) return m ? FP_SUBNORMAL : FP_ZERO;
    return FP_NORMAL;
}

double frexp(double x, int *e) {
    int c = __vox_fpclassify(x);
    if (c == FP_ZERO || c == FP_NAN || c == FP_INFINITE) {
        *e = 0;
        return x;
    }
    unsigned long b = (unsigned long)__builtin_vox("bitcast.i64.f64", x);
    int shift = 0;
    if (c == FP_SUBNORMAL) {
        x *= 18446744073709551616.0; /* 2^64 */
        b = (unsigned long)__builtin_vox("bitcast.i64.f64", x);
        shift = 64;
    }
    *e = (int)((b >> 52) & 0x7ff) - 1022 - shift;
    b = (b & 0x800fffffffffffffUL) | 0x3fe0000000000000UL;
    return __builtin_vox("bitcast.f64.i64", b);
}

float frexpf(float x, int *e) { return (float)frexp(x, e); }

static double scale(double x, int e) {
    /* Scale in steps so that intermediate powers stay representable and
       the result is rounded once at the end, as scalbn does. */
    if (e > 1023) {
        x *= 8.98846567431158e307; /* 2^1023 */
        e -= 1023;
        if (e > 1023) {
            x *= 8.98846567431158e307;
            e -= 1023;
            if (e > 1023) e = 1023;
        }
    } else if (e < -1022) {
        x *= 2.2250738585072014e-308 * 9007199254740992.0; /* 2^-1022 * 2^53 */
        e += 1022 - 53;
        if (e < -1022) {
            x *= 2.2250738585072014e-308 * 9007199254740992.0;
            e += 1022 - 53;
            if (e < -1022) e = -1022;
        }
    }
    unsigned long b = (unsigned long)(e + 1023) << 52;
    return x * __builtin_vox("bitcast.f64.i64", b);
}

/* An infinite or zero result from a finite, nonzero x is a range error. */
double ldexp(double x, int e) {
    double r = scale(x, e);
    int c = __vox_fpclassify(r);
    if ((c == FP_INFINITE || c == FP_ZERO) && x == x && x != 0 && __vox_fpclassify(x) != FP_INFINITE)
        errno = ERANGE;
    return r;
}

float ldexpf(float x, int e) {
    float r = (float)scale(x, e);
    int c = __vox_fpclassifyf(r);
    if ((c == FP_INFINITE || c == FP_ZERO) && x == x && x != 0 && __vox_fpclassifyf(x) != FP_INFINITE)
        errno = ERANGE;
    return r;
}
double scalbn(double x, int e) { return ldexp(x, e); }
float scalbnf(float x, int e) { return ldexpf(x, e); }

/* An exponent beyond int's range scales every double to 0 or infinity
   just as the largest int does. */
double scalbln(double x, long e) {
    return ldexp(x, e > 100000 ? 100000 : e < -100000 ? -100000 : (int)e);
}
float scalblnf(float x, long e) {
    return ldexpf(x, e > 100000 ? 100000 : e < -100000 ? -100000 : (int)e);
}

/* The double nearest x in y's direction; y is only compared with x. */
double nexttoward(double x, long double y) { return nextafter(x, (double)y); }
float nexttowardf(float x, long double y) {
    if (x != x || y != y) return x + (float)y;
    if ((long double)x == y) return (float)y;
    return nextafterf(x, (long double)x < y ? HUGE_VALF : -HUGE_VALF);
}

/* glibc's: the remainder of x/y, and in *quo the sign of x/y with the low
   three bits of the quotient rounded to nearest. */
double remquo(double x, double y, int *quo) {
    /* glibc's remquo leaves errno alone, where remainder sets EDOM. */
    int saved = errno;
    double r = remainder(x, y);
    errno = saved;
    if (r != r || __vox_fpclassify(x) == FP_INFINITE) return r;
    double ay = fabs(y);
    double m = fmod(fabs(x), 8 * ay); /* same low quotient bits as |x| */
    int k = (int)round((m - remainder(m, ay)) / ay) & 7;
    *quo = (x < 0) != (y < 0) ? -k : k;
    return r;
}
float remquof(float x, float y, int *quo) { return (float)remquo(x, y, quo); }

double modf(double x, double *ip) {
    double i = trunc(x);
    *ip = i;
    if (__vox_fpclassify(x) == FP_INFINITE) return copysign(0.0, x);
    return copysign(x - i, x);
}

float modff(float x, float *ip) {
    double i;
    float r = (float)modf(x, &i);
    *ip = (float)i;
    return r;
}

long lround(double x) { return (long)round(x); }
long lroundf(float x) { return (long)roundf(x); }
long long llround(double x) { return (long long)round(x); }
long long llroundf(float x) { return (long long)roundf(x); }
long lrint(double x) { return (long)rint(x); }
long lrintf(float x) { return (long)rintf(x); }
long long llrint(double x) { return (long long)rint(x); }
long long llrintf(float x) { return (long long)rintf(x); }

/* 0, infinities and NaN are domain errors, as in glibc. */
int ilogb(double x) {
    int e;
    if (x == 0.0 || x != x) {
        errno = EDOM;
        return -2147483647 - 1;
    }
    if (__vox_fpclassify(x) == FP_INFINITE) {
        errno = EDOM;
        return 2147483647;
    }
    frexp(x, &e);
    return e - 1;
}

int ilogbf(float x) { return ilogb(x); }

double nan(const char *s) {
    (void)s;
    return NAN;
}

float nanf(const char *s) {
    (void)s;
    return NAN;
}

/* The host's libm (see the runtime): each reports its errno through its
   last argument. */
#define H1(n)                                                                \
    double __vox_m_##n(double, int *);                                       \
    float __vox_m_##n##f(float, int *);                                      \
    double n(double x) { return __vox_m_##n(x, &errno); }                    \
    float n##f(float x) { return __vox_m_##n##f(x, &errno); }
#define H2(n)                                                                \
    double __vox_m_##n(double, double, int *);                               \
    float __vox_m_##n##f(float, float, int *);                               \
    double n(double x, double y) { return __vox_m_##n(x, y, &errno); }       \
    float n##f(float x, float y) { return __vox_m_##n##f(x, y, &errno); }
H1(sin) H1(cos) H1(tan) H1(asin) H1(acos) H1(atan) H1(sinh) H1(cosh) H1(tanh)
H1(asinh) H1(acosh) H1(atanh) H1(exp) H1(exp2) H1(expm1) H1(log) H1(log2) H1(log10)
H1(log1p) H1(logb) H1(cbrt) H1(erf) H1(erfc) H1(tgamma) H1(lgamma)
H1(j0) H1(j1) H1(y0) H1(y1) H1(exp10)
H2(pow) H2(atan2) H2(hypot) H2(nextafter) H2(remainder)
double __vox_m_jn(int, double, int *);
double __vox_m_yn(int, double, int *);
float __vox_m_jnf(int, float, int *);
float __vox_m_ynf(int, float, int *);
double jn(int n, double x) { return __vox_m_jn(n, x, &errno); }
double yn(int n, double x) { return __vox_m_yn(n, x, &errno); }
float jnf(int n, float x) { return __vox_m_jnf(n, x, &errno); }
float ynf(int n, float x) { return __vox_m_ynf(n, x, &errno); }
long double jnl(int n, long double x) { return jn(n, x); }
long double ynl(int n, long double x) { return yn(n, x); }

/* GNU: sine and cosine in one call; drem is remainder's old name;
   significand(x) is x scaled into [1, 2). */
void sincos(double x, double *s, double *c) {
    *s = sin(x);
    *c = cos(x);
}
void sincosf(float x, float *s, float *c) {
    *s = sinf(x);
    *c = cosf(x);
}
void sincosl(long double x, long double *s, long double *c) {
    *s = sin(x);
    *c = cos(x);
}
double drem(double x, double y) { return remainder(x, y); }
float dremf(float x, float y) { return remainderf(x, y); }
double significand(double x) { return scalbn(x, -ilogb(x)); }
float significandf(float x) { return scalbnf(x, -ilogbf(x)); }

double __vox_m_fma(double, double, double, int *);
float __vox_m_fmaf(float, float, float, int *);
double fma(double x, double y, double z) { return __vox_m_fma(x, y, z, &errno); }
float fmaf(float x, float y, float z) { return __vox_m_fmaf(x, y, z, &errno); }

/* long double is double: the l functions are the double ones. */
#define L1(name) long double name##l(long double x) { return name(x); }
#define L2(name) long double name##l(long double x, long double y) { return name(x, y); }
L1(sqrt) L1(fabs) L1(floor) L1(ceil) L1(trunc) L1(round) L1(rint) L1(nearbyint)
L1(sin) L1(cos) L1(tan) L1(asin) L1(acos) L1(atan) L1(sinh) L1(cosh) L1(tanh)
L1(asinh) L1(acosh) L1(atanh) L1(exp) L1(exp2) L1(expm1) L1(log) L1(log2) L1(log10)
L1(log1p) L1(logb) L1(cbrt) L1(erf) L1(erfc) L1(tgamma) L1(lgamma)
L1(j0) L1(j1) L1(y0) L1(y1) L1(exp10)
L2(pow) L2(atan2) L2(fmod) L2(hypot) L2(copysign) L2(fmin) L2(fmax) L2(fdim)
L2(nextafter) L2(remainder)
long double fmal(long double x, long double y, long double z) { return fma(x, y, z); }
long double frexpl(long double x, int *e) { return frexp(x, e); }
long double ldexpl(long double x, int e) { return ldexp(x, e); }
long double scalbnl(long double x, int e) { return ldexp(x, e); }
long double scalblnl(long double x, long e) { return scalbln(x, e); }
long double nexttowardl(long double x, long double y) { return nextafter(x, y); }
long double remquol(long double x, long double y, int *quo) { return remquo(x, y, quo); }
long double nanl(const char *s) { return nan(s); }
int ilogbl(long double x) { return ilogb(x); }
long lroundl(long double x) { return lround(x); }
long long llroundl(long double x) { return llround(x); }
long lrintl(long double x) { return lrint(x); }
long long llrintl(long double x) { return llrint(x); }
long double modfl(long double x, long double *ip) {
    double i;
    double r = modf(x, &i);
    *ip = i;
    return r;
}
