/* errno after <math.h> functions, as glibc sets it (math_errhandling says
   MATH_ERRNO): EDOM for domain errors, ERANGE for poles, overflow and
   underflow to zero; left alone otherwise. The inputs are volatile so that
   gcc cannot fold the calls. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

static volatile double zero = 0.0, one = 1.0, two = 2.0, big = 1e308, tiny = 1e-308, thousand = 1000.0;
static volatile float fzero = 0.0f, fone = 1.0f, ften = 10.0f, ffifty = 50.0f;

static const char *name(int e) {
    return e == 0 ? "0" : e == EDOM ? "EDOM" : e == ERANGE ? "ERANGE" : e == 12345 ? "kept" : "other";
}

#define D(e) do { errno = 0; double r_ = (e); printf("%-26s %-14g %s\n", #e, r_, name(errno)); } while (0)
#define I(e) do { errno = 0; long r_ = (e); printf("%-26s %-14ld %s\n", #e, r_, name(errno)); } while (0)

int main(void) {
    printf("MATH_ERRNO in math_errhandling: %d\n", (math_errhandling & MATH_ERRNO) != 0);
    double inf = big * 10, nan = inf - inf;
    /* In the VM: sqrt, fmod, ldexp and its kin, fdim, ilogb. */
    D(sqrt(-one)); D(sqrt(-zero)); D(sqrt(nan)); D(sqrt(two)); D(sqrtf(-fone));
    D(fmod(one, zero)); D(fmod(inf, one)); D(fmod(nan, zero)); D(fmod(-thousand, 7.5)); D(fmodf(fone, fzero));
    D(ldexp(big, 10)); D(ldexp(tiny, -100)); D(ldexp(tiny, -10)); D(ldexp(zero, 5000)); D(ldexp(inf, -5));
    D(scalbn(big, 10)); D(scalbn(tiny, -100)); D(scalbln(big, 100000L)); D(ldexpf(fone, 200)); D(scalbnf(fone, -200));
    D(fdim(big, -big)); D(fdim(one, two)); D(fdim(inf, one));
    I(ilogb(zero)); I(ilogb(inf)); I(ilogb(nan)); I(ilogb(thousand));
    /* The host's libm. */
    D(remainder(one, zero)); D(remainder(inf, one)); D(remainder(thousand, 7.0));
    int q = 0;
    D(remquo(one, zero, &q));
    D(logb(zero)); D(nextafter(DBL_MAX, inf)); D(nextafter(zero, one)); D(hypot(big, big)); D(hypot(big, 10 * big));
    D(exp(thousand)); D(exp(-thousand)); D(exp(-708.5 * one)); D(exp2(2 * thousand)); D(expm1(thousand));
    D(log(zero)); D(log(-one)); D(log2(zero)); D(log10(-one)); D(log1p(-one)); D(log1p(-two));
    D(pow(zero, -one)); D(pow(-one, 0.5)); D(pow(big, two)); D(pow(tiny, two)); D(pow(two, 0.5));
    D(tgamma(zero)); D(tgamma(-one)); D(lgamma(zero)); D(lgamma(-one));
    D(acos(two)); D(asin(-two)); D(atanh(one)); D(acosh(zero)); D(cosh(thousand)); D(sinh(-thousand));
    D(sin(inf)); D(cos(-inf)); D(tan(inf)); D(erfc(30 * one)); D(erf(tiny)); D(atan2(zero, zero));
    D(cbrt(-8 * one)); D(fma(big, big, zero));
    D(expf(ffifty * 2)); D(logf(fzero)); D(powf(ften, ffifty)); D(acosf(2 * fone)); D(sinf(fone / fzero));
    /* A call without an error leaves errno as it was. */
    errno = 12345;
    double ok = sqrt(two) + fmod(thousand, 3.0) + ldexp(one, 3) + exp(one) + pow(two, 10.0);
    printf("no error: %.6f errno %s\n", ok, name(errno));
    errno = 12345;
    ok = remquo(thousand, 7.0, &q);
    printf("remquo: %g %d errno %s\n", ok, q, name(errno));
    return 0;
}
