/* <tgmath.h> for voxcc (C99 7.22): each macro calls the <math.h> or
   <complex.h> function for its generic arguments' type. An integer argument
   counts as double; with several generic arguments the type is what their
   usual arithmetic conversions give (so any long double makes it long
   double, any complex makes it complex). Built on _Generic: each argument
   is evaluated once. */
#ifndef __VOXCC_TGMATH_H
#define __VOXCC_TGMATH_H
#include <math.h>
#include <complex.h>

/* A zero of the type an argument stands for: integers become double. */
#define __tg_t(x) _Generic((x), float: 0.0f, long double: 0.0L, \
    float _Complex: (float _Complex)0, double _Complex: (double _Complex)0, \
    long double _Complex: (long double _Complex)0, default: 0.0)
/* Real-only functions: f for double, ff for float, fl for long double. */
#define __tg_real(t, f, ff, fl) _Generic((t), float: ff, long double: fl, default: f)
/* Functions with complex versions too. */
#define __tg_both(t, f, ff, fl, c, cf, cl) _Generic((t), float: ff, long double: fl, \
    float _Complex: cf, double _Complex: c, long double _Complex: cl, default: f)
/* Complex-only functions: a real argument is taken as complex. */
#define __tg_cplx(t, c, cf, cl) _Generic((t), float: cf, long double: cl, \
    float _Complex: cf, long double _Complex: cl, default: c)

#undef acos
#define acos(x) __tg_both(__tg_t(x), acos, acosf, acosl, cacos, cacosf, cacosl)(x)
#undef asin
#define asin(x) __tg_both(__tg_t(x), asin, asinf, asinl, casin, casinf, casinl)(x)
#undef atan
#define atan(x) __tg_both(__tg_t(x), atan, atanf, atanl, catan, catanf, catanl)(x)
#undef acosh
#define acosh(x) __tg_both(__tg_t(x), acosh, acoshf, acoshl, cacosh, cacoshf, cacoshl)(x)
#undef asinh
#define asinh(x) __tg_both(__tg_t(x), asinh, asinhf, asinhl, casinh, casinhf, casinhl)(x)
#undef atanh
#define atanh(x) __tg_both(__tg_t(x), atanh, atanhf, atanhl, catanh, catanhf, catanhl)(x)
#undef cos
#define cos(x) __tg_both(__tg_t(x), cos, cosf, cosl, ccos, ccosf, ccosl)(x)
#undef sin
#define sin(x) __tg_both(__tg_t(x), sin, sinf, sinl, csin, csinf, csinl)(x)
#undef tan
#define tan(x) __tg_both(__tg_t(x), tan, tanf, tanl, ctan, ctanf, ctanl)(x)
#undef cosh
#define cosh(x) __tg_both(__tg_t(x), cosh, coshf, coshl, ccosh, ccoshf, ccoshl)(x)
#undef sinh
#define sinh(x) __tg_both(__tg_t(x), sinh, sinhf, sinhl, csinh, csinhf, csinhl)(x)
#undef tanh
#define tanh(x) __tg_both(__tg_t(x), tanh, tanhf, tanhl, ctanh, ctanhf, ctanhl)(x)
#undef exp
#define exp(x) __tg_both(__tg_t(x), exp, expf, expl, cexp, cexpf, cexpl)(x)
#undef log
#define log(x) __tg_both(__tg_t(x), log, logf, logl, clog, clogf, clogl)(x)
#undef pow
#define pow(x, y) __tg_both(__tg_t(x) + __tg_t(y), pow, powf, powl, cpow, cpowf, cpowl)((x), (y))
#undef sqrt
#define sqrt(x) __tg_both(__tg_t(x), sqrt, sqrtf, sqrtl, csqrt, csqrtf, csqrtl)(x)
#undef fabs
#define fabs(x) __tg_both(__tg_t(x), fabs, fabsf, fabsl, cabs, cabsf, cabsl)(x)
#undef cbrt
#define cbrt(x) __tg_real(__tg_t(x), cbrt, cbrtf, cbrtl)(x)
#undef ceil
#define ceil(x) __tg_real(__tg_t(x), ceil, ceilf, ceill)(x)
#undef erf
#define erf(x) __tg_real(__tg_t(x), erf, erff, erfl)(x)
#undef erfc
#define erfc(x) __tg_real(__tg_t(x), erfc, erfcf, erfcl)(x)
#undef exp2
#define exp2(x) __tg_real(__tg_t(x), exp2, exp2f, exp2l)(x)
#undef expm1
#define expm1(x) __tg_real(__tg_t(x), expm1, expm1f, expm1l)(x)
#undef floor
#define floor(x) __tg_real(__tg_t(x), floor, floorf, floorl)(x)
#undef ilogb
#define ilogb(x) __tg_real(__tg_t(x), ilogb, ilogbf, ilogbl)(x)
#undef lgamma
#define lgamma(x) __tg_real(__tg_t(x), lgamma, lgammaf, lgammal)(x)
#undef llrint
#define llrint(x) __tg_real(__tg_t(x), llrint, llrintf, llrintl)(x)
#undef llround
#define llround(x) __tg_real(__tg_t(x), llround, llroundf, llroundl)(x)
#undef log10
#define log10(x) __tg_real(__tg_t(x), log10, log10f, log10l)(x)
#undef log1p
#define log1p(x) __tg_real(__tg_t(x), log1p, log1pf, log1pl)(x)
#undef log2
#define log2(x) __tg_real(__tg_t(x), log2, log2f, log2l)(x)
#undef logb
#define logb(x) __tg_real(__tg_t(x), logb, logbf, logbl)(x)
#undef lrint
#define lrint(x) __tg_real(__tg_t(x), lrint, lrintf, lrintl)(x)
#undef lround
#define lround(x) __tg_real(__tg_t(x), lround, lroundf, lroundl)(x)
#undef nearbyint
#define nearbyint(x) __tg_real(__tg_t(x), nearbyint, nearbyintf, nearbyintl)(x)
#undef rint
#define rint(x) __tg_real(__tg_t(x), rint, rintf, rintl)(x)
#undef round
#define round(x) __tg_real(__tg_t(x), round, roundf, roundl)(x)
#undef tgamma
#define tgamma(x) __tg_real(__tg_t(x), tgamma, tgammaf, tgammal)(x)
#undef trunc
#define trunc(x) __tg_real(__tg_t(x), trunc, truncf, truncl)(x)
#undef atan2
#define atan2(x, y) __tg_real(__tg_t(x) + __tg_t(y), atan2, atan2f, atan2l)((x), (y))
#undef copysign
#define copysign(x, y) __tg_real(__tg_t(x) + __tg_t(y), copysign, copysignf, copysignl)((x), (y))
#undef fdim
#define fdim(x, y) __tg_real(__tg_t(x) + __tg_t(y), fdim, fdimf, fdiml)((x), (y))
#undef fmax
#define fmax(x, y) __tg_real(__tg_t(x) + __tg_t(y), fmax, fmaxf, fmaxl)((x), (y))
#undef fmin
#define fmin(x, y) __tg_real(__tg_t(x) + __tg_t(y), fmin, fminf, fminl)((x), (y))
#undef fmod
#define fmod(x, y) __tg_real(__tg_t(x) + __tg_t(y), fmod, fmodf, fmodl)((x), (y))
#undef hypot
#define hypot(x, y) __tg_real(__tg_t(x) + __tg_t(y), hypot, hypotf, hypotl)((x), (y))
#undef nextafter
#define nextafter(x, y) __tg_real(__tg_t(x) + __tg_t(y), nextafter, nextafterf, nextafterl)((x), (y))
#undef remainder
#define remainder(x, y) __tg_real(__tg_t(x) + __tg_t(y), remainder, remainderf, remainderl)((x), (y))
#undef fma
#define fma(x, y, z) __tg_real(__tg_t(x) + __tg_t(y) + __tg_t(z), fma, fmaf, fmal)((x), (y), (z))
#undef remquo
#define remquo(x, y, q) __tg_real(__tg_t(x) + __tg_t(y), remquo, remquof, remquol)((x), (y), (q))
#undef frexp
#define frexp(x, e) __tg_real(__tg_t(x), frexp, frexpf, frexpl)((x), (e))
#undef ldexp
#define ldexp(x, e) __tg_real(__tg_t(x), ldexp, ldexpf, ldexpl)((x), (e))
#undef scalbn
#define scalbn(x, e) __tg_real(__tg_t(x), scalbn, scalbnf, scalbnl)((x), (e))
#undef scalbln
#define scalbln(x, e) __tg_real(__tg_t(x), scalbln, scalblnf, scalblnl)((x), (e))
#undef nexttoward
#define nexttoward(x, y) __tg_real(__tg_t(x), nexttoward, nexttowardf, nexttowardl)((x), (y))
#undef carg
#define carg(z) __tg_cplx(__tg_t(z), carg, cargf, cargl)(z)
#undef cimag
#define cimag(z) __tg_cplx(__tg_t(z), cimag, cimagf, cimagl)(z)
#undef conj
#define conj(z) __tg_cplx(__tg_t(z), conj, conjf, conjl)(z)
#undef cproj
#define cproj(z) __tg_cplx(__tg_t(z), cproj, cprojf, cprojl)(z)
#undef creal
#define creal(z) __tg_cplx(__tg_t(z), creal, crealf, creall)(z)
#endif
