/* <complex.h>, and the helpers the compiler calls for complex products whose
   parts both came out NaN (__muldc3, __mulsc3) and for complex division
   (__divdc3, __divsc3). The helpers follow libgcc's algorithms (C99 Annex
   G.5.1: infinities are recovered; division scales to avoid overflow and
   underflow), so results match gcc-built programs. long double is double.
   The float functions compute in double and round once. */
#include <complex.h>
#include <float.h>
#include <math.h>

#define RBIG (DBL_MAX / 2.0)
#define RMIN DBL_MIN
#define RMIN2 DBL_EPSILON
#define RMINSCAL (1 / DBL_EPSILON)
#define RMAX2 (RBIG * RMIN2)

static double box(double v) { return copysign(isinf(v) ? 1 : 0, v); }
static double unnan(double v) { return isnan(v) ? copysign(0, v) : v; }

double _Complex __muldc3(double a, double b, double c, double d) {
    double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
    double x = ac - bd, y = ad + bc;
    if (isnan(x) && isnan(y)) {
        int recalc = 0;
        if (isinf(a) || isinf(b)) {
            /* The first factor is infinite: box it, and NaNs in the other
               become 0. */
            a = box(a);
            b = box(b);
            c = unnan(c);
            d = unnan(d);
            recalc = 1;
        }
        if (isinf(c) || isinf(d)) {
            c = box(c);
            d = box(d);
            a = unnan(a);
            b = unnan(b);
            recalc = 1;
        }
        if (!recalc && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {
            /* Infinities from overflow: NaNs become 0. */
            a = unnan(a);
            b = unnan(b);
            c = unnan(c);
            d = unnan(d);
            recalc = 1;
        }
        if (recalc) {
            x = INFINITY * (a * c - b * d);
            y = INFINITY * (a * d + b * c);
        }
    }
    return __builtin_complex(x, y);
}

float _Complex __mulsc3(float a, float b, float c, float d) {
    float ac = a * c, bd = b * d, ad = a * d, bc = b * c;
    float x = ac - bd, y = ad + bc;
    if (isnan(x) && isnan(y)) {
        double _Complex r = __muldc3(a, b, c, d);
        /* Only the recovered infinities matter here: their signs and
           infinities survive the rounding to float. */
        x = (float)__real__ r;
        y = (float)__imag__ r;
    }
    return __builtin_complex(x, y);
}

/* After the division proper: NaN + NaN i where C99 wants an infinity or a
   zero (nonzero / zero, infinite / finite, finite / infinite). */
static double _Complex recover(double a, double b, double c, double d, double x, double y) {
    if (isnan(x) && isnan(y)) {
        if (c == 0.0 && d == 0.0 && (!isnan(a) || !isnan(b))) {
            x = copysign(INFINITY, c) * a;
            y = copysign(INFINITY, c) * b;
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
            a = box(a);
            b = box(b);
            x = INFINITY * (a * c + b * d);
            y = INFINITY * (b * c - a * d);
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
            c = box(c);
            d = box(d);
            x = 0.0 * (a * c + b * d);
            y = 0.0 * (b * c - a * d);
        }
    }
    return __builtin_complex(x, y);
}

/* Smith's method's scaling (libgcc's), by the larger of |c| and |d|:
   keeps the denominator and the ratio representable. */
static void scale(double *a, double *b, double *c, double *d, double pivot) {
    double k = 1;
    if (pivot >= RBIG) {
        *a = *a / 2;
        *b = *b / 2;
        *c = *c / 2;
        *d = *d / 2;
        pivot = pivot / 2;
    }
    if (pivot < RMIN2 ||
        (fabs(*a) < RMIN && fabs(*b) < RMAX2 && pivot < RMAX2) ||
        (fabs(*b) < RMIN && fabs(*a) < RMAX2 && pivot < RMAX2))
        k = RMINSCAL;
    *a = *a * k;
    *b = *b * k;
    *c = *c * k;
    *d = *d * k;
}

double _Complex __divdc3(double a, double b, double c, double d) {
    double denom, ratio, x, y;
    if (fabs(c) < fabs(d)) {
        scale(&a, &b, &c, &d, fabs(d));
        ratio = c / d;
        denom = (c * ratio) + d;
        if (fabs(ratio) > RMIN) {
            x = ((a * ratio) + b) / denom;
            y = ((b * ratio) - a) / denom;
        } else {
            x = ((c * (a / d)) + b) / denom;
            y = ((c * (b / d)) - a) / denom;
        }
    } else {
        scale(&a, &b, &c, &d, fabs(c));
        ratio = d / c;
        denom = (d * ratio) + c;
        if (fabs(ratio) > RMIN) {
            x = ((b * ratio) + a) / denom;
            y = (b - (a * ratio)) / denom;
        } else {
            x = (a + (d * (b / c))) / denom;
            y = (b - (d * (a / c))) / denom;
        }
    }
    return recover(a, b, c, d, x, y);
}

float _Complex __divsc3(float a, float b, float c, float d) {
    /* In double, where the plain formula cannot overflow (as libgcc does
       when the machine has double-precision hardware). */
    double aa = a, bb = b, cc = c, dd = d;
    double denom = (cc * cc) + (dd * dd);
    float x = (float)(((aa * cc) + (bb * dd)) / denom);
    float y = (float)(((bb * cc) - (aa * dd)) / denom);
    double _Complex r = recover(a, b, c, d, x, y);
    return __builtin_complex((float)__real__ r, (float)__imag__ r);
}

#undef creal
#undef crealf
#undef creall
#undef cimag
#undef cimagf
#undef cimagl

/* Each function in double, then its float and long double forms. */
#define FLOAT_FORMS1(name)                                                         \
    float _Complex name##f(float _Complex z) {                                    \
        double _Complex r = name((double _Complex)z);                             \
        return __builtin_complex((float)__real__ r, (float)__imag__ r);           \
    }                                                                              \
    long double _Complex name##l(long double _Complex z) { return name(z); }
#define REAL_FORMS1(name)                                                          \
    float name##f(float _Complex z) { return (float)name((double _Complex)z); }    \
    long double name##l(long double _Complex z) { return name(z); }

double creal(double _Complex z) { return __real__ z; }
double cimag(double _Complex z) { return __imag__ z; }
double cabs(double _Complex z) { return hypot(__real__ z, __imag__ z); }
double carg(double _Complex z) { return atan2(__imag__ z, __real__ z); }
REAL_FORMS1(creal)
REAL_FORMS1(cimag)
REAL_FORMS1(cabs)
REAL_FORMS1(carg)

double _Complex conj(double _Complex z) { return __builtin_complex(__real__ z, -__imag__ z); }
FLOAT_FORMS1(conj)

double _Complex cproj(double _Complex z) {
    if (isinf(__real__ z) || isinf(__imag__ z))
        return __builtin_complex((double)INFINITY, copysign(0.0, __imag__ z));
    return z;
}
FLOAT_FORMS1(cproj)

double _Complex cexp(double _Complex z) {
    double x = __real__ z, y = __imag__ z;
    if (isfinite(x) && isfinite(y)) {
        double e = exp(x);
        if (y == 0)
            return __builtin_complex(e, y);
        return __builtin_complex(e * cos(y), e * sin(y));
    }
    if (isinf(x)) {
        if (x < 0)
            return isfinite(y) ? __builtin_complex(0.0 * cos(y), 0.0 * sin(y))
                               : __builtin_complex(0.0, copysign(0.0, y));
        if (y == 0)
            return __builtin_complex(x, y);
        if (!isfinite(y))
            return __builtin_complex(x, y - y);
        return __builtin_complex(x * cos(y), x * sin(y));
    }
    if (isnan(x) && y == 0)
        return __builtin_complex(x, y);
    return __builtin_complex(NAN, NAN);
}
FLOAT_FORMS1(cexp)

double _Complex clog(double _Complex z) {
    double x = __real__ z, y = __imag__ z;
    double ax = fabs(x), ay = fabs(y), h = hypot(x, y);
    if (ax < ay) {
        double t = ax;
        ax = ay;
        ay = t;
    }
    /* Near |z| = 1, log |z| = log1p(|z|^2 - 1) / 2 keeps its digits. */
    double re = (h > 0.5 && h < 2 && ax > 0.5) ? 0.5 * log1p((ax - 1) * (ax + 1) + ay * ay) : log(h);
    return __builtin_complex(re, atan2(y, x));
}
FLOAT_FORMS1(clog)

double _Complex csqrt(double _Complex z) {
    double x = __real__ z, y = __imag__ z;
    if (isinf(y))
        return __builtin_complex((double)INFINITY, y);
    if (isinf(x)) {
        if (x > 0)
            return __builtin_complex(x, isnan(y) ? y : copysign(0.0, y));
        return __builtin_complex(isnan(y) ? fabs(x - x) : 0.0, copysign(-x, y));
    }
    if (isnan(x) || isnan(y))
        return __builtin_complex(NAN, NAN);
    if (y == 0) {
        if (x < 0)
            return __builtin_complex(0.0, copysign(sqrt(-x), y));
        return __builtin_complex(fabs(sqrt(x)), copysign(0.0, y));
    }
    if (x == 0) {
        double r = sqrt(0.5 * fabs(y));
        return __builtin_complex(r, copysign(r, y));
    }
    /* Kahan: t = sqrt((|x| + |z|) / 2), computed without overflow. */
    double d = hypot(x, y);
    double r, s;
    if (x > 0) {
        r = sqrt(0.5 * (d + x));
        s = 0.5 * (y / r);
    } else {
        s = sqrt(0.5 * (d - x));
        r = fabs(0.5 * (y / s));
    }
    return __builtin_complex(r, copysign(s, y));
}
FLOAT_FORMS1(csqrt)

double _Complex cpow(double _Complex z, double _Complex w) { return cexp(w * clog(z)); }
float _Complex cpowf(float _Complex z, float _Complex w) {
    double _Complex r = cpow((double _Complex)z, (double _Complex)w);
    return __builtin_complex((float)__real__ r, (float)__imag__ r);
}
long double _Complex cpowl(long double _Complex z, long double _Complex w) { return cpow(z, w); }

double _Complex csinh(double _Complex z) {
    double x = __real__ z, y = __imag__ z;
    return __builtin_complex(sinh(x) * cos(y), cosh(x) * sin(y));
}
FLOAT_FORMS1(csinh)

double _Complex ccosh(double _Complex z) {
    double x = __real__ z, y = __imag__ z;
    return __builtin_complex(cosh(x) * cos(y), sinh(x) * sin(y));
}
FLOAT_FORMS1(ccosh)

double _Complex ctanh(double _Complex z) {
    double x = __real__ z, y = __imag__ z;
    if (fabs(x) > 22) {
        /* tanh saturates; the imaginary part underflows toward 0. */
        double e = exp(-2 * fabs(x));
        return __builtin_complex(copysign(1.0, x), 4 * sin(y) * cos(y) * e);
    }
    double t = tan(y), b = 1 + t * t, s = sinh(x), r = sqrt(1 + s * s);
    double d = 1 + b * s * s;
    return __builtin_complex((b * r * s) / d, t / d);
}
FLOAT_FORMS1(ctanh)

/* The circular functions through the hyperbolic ones: sin z = -i sinh(iz). */
static double _Complex times_i(double _Complex z) { return __builtin_complex(-__imag__ z, __real__ z); }
static double _Complex times_minus_i(double _Complex z) { return __builtin_complex(__imag__ z, -__real__ z); }

double _Complex csin(double _Complex z) { return times_minus_i(csinh(times_i(z))); }
FLOAT_FORMS1(csin)
double _Complex ccos(double _Complex z) { return ccosh(times_i(z)); }
FLOAT_FORMS1(ccos)
double _Complex ctan(double _Complex z) { return times_minus_i(ctanh(times_i(z))); }
FLOAT_FORMS1(ctan)

double _Complex casinh(double _Complex z) {
    /* log(z + sqrt(z^2 + 1)) */
    double x = __real__ z, y = __imag__ z;
    double _Complex w = __builtin_complex((x - y) * (x + y) + 1.0, 2.0 * x * y);
    double _Complex r = clog(z + csqrt(w));
    return r;
}
FLOAT_FORMS1(casinh)

double _Complex casin(double _Complex z) { return times_minus_i(casinh(times_i(z))); }
FLOAT_FORMS1(casin)

double _Complex cacos(double _Complex z) {
    double _Complex s = casin(z);
    return __builtin_complex(M_PI_2 - __real__ s, -__imag__ s);
}
FLOAT_FORMS1(cacos)

double _Complex cacosh(double _Complex z) {
    /* log(z + sqrt(z + 1) sqrt(z - 1)) */
    double _Complex r = clog(z + csqrt(z + 1.0) * csqrt(z - 1.0));
    return __builtin_complex(fabs(__real__ r), copysign(__imag__ r, __imag__ z));
}
FLOAT_FORMS1(cacosh)

double _Complex catanh(double _Complex z) {
    /* (log(1 + z) - log(1 - z)) / 2 */
    double _Complex r = (clog(1.0 + z) - clog(1.0 - z)) * 0.5;
    return r;
}
FLOAT_FORMS1(catanh)

double _Complex catan(double _Complex z) { return times_minus_i(catanh(times_i(z))); }
FLOAT_FORMS1(catan)
