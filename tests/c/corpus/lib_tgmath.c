/* <tgmath.h>: every type-generic macro picks the function for its
   arguments' type (integers count as double; with several arguments the
   usual arithmetic conversions decide; complex arguments pick <complex.h>'s
   functions), and evaluates each argument once. */
#include <stdio.h>
#include <tgmath.h>

#define TYPE(x) _Generic((x), float: "float", double: "double", long double: "long double", \
    float _Complex: "float complex", double _Complex: "double complex", \
    long double _Complex: "long double complex", int: "int", long: "long", default: "other")
#define SHOW(e) show(#e, TYPE(e), (double)creal(e), (double)cimag(e))

static void show(const char *what, const char *type, double re, double im) {
    if (im == 0) printf("%-24s %-20s %.14g\n", what, type, re);
    else printf("%-24s %-20s %.14g%+.14gi\n", what, type, re, im);
}

static int calls;
static double next(void) { return ++calls; }

int main(void) {
    float f = 0.5f;
    double d = 0.25;
    long double l = 0.75L;
    int i = 2;
    float complex fz = 1.0f + 2.0f * I;
    float complex fz2 = 3.0f + 4.0f * I; /* exact root: glibc's csqrtf is 1 ulp off on others */
    double complex dz = 0.5 - 1.5 * I;
    long double complex lz = 0.25L + 0.5L * I;

    SHOW(sqrt(f)); SHOW(sqrt(d)); SHOW(sqrt(l)); SHOW(sqrt(i)); SHOW(sqrt(fz2));
    SHOW(sqrt(dz)); SHOW(sqrt(lz));
    SHOW(exp(f)); SHOW(exp(i)); SHOW(exp(dz)); SHOW(log(l)); SHOW(log(fz));
    SHOW(sin(f)); SHOW(cos(d)); SHOW(tan(l)); SHOW(sin(dz)); SHOW(cos(fz)); SHOW(tan(lz));
    SHOW(asin(f)); SHOW(acos(d)); SHOW(atan(i)); SHOW(asin(dz)); SHOW(atan(fz));
    SHOW(sinh(f)); SHOW(cosh(i)); SHOW(tanh(l)); SHOW(asinh(d)); SHOW(acosh(2.5f));
    SHOW(atanh(f)); SHOW(sinh(dz)); SHOW(atanh(fz));
    SHOW(fabs(-f)); SHOW(fabs(-i)); SHOW(fabs(fz)); SHOW(fabs(lz));
    SHOW(pow(f, f)); SHOW(pow(f, 2)); SHOW(pow(f, d)); SHOW(pow(f, l)); SHOW(pow(i, i));
    SHOW(pow(f, fz)); SHOW(pow(dz, 2));
    SHOW(atan2(f, f)); SHOW(atan2(f, i)); SHOW(atan2(l, d));
    SHOW(fmod(7.5f, 2.0f)); SHOW(fmax(f, d)); SHOW(fmin(i, f)); SHOW(fdim(l, f));
    SHOW(hypot(3.0f, 4.0f)); SHOW(copysign(f, -1.0)); SHOW(remainder(7.0f, 2.0f));
    SHOW(nextafter(1.0f, 2.0f) - 1.0f); SHOW(nextafter(1.0, 2.0) - 1.0);
    SHOW(fma(f, f, f)); SHOW(fma(f, d, f)); SHOW(fma(i, i, i));
    SHOW(cbrt(27.0f)); SHOW(ceil(f)); SHOW(floor(l)); SHOW(round(2.5f)); SHOW(trunc(-2.5));
    SHOW(rint(2.5f)); SHOW(nearbyint(3.5)); SHOW(erf(f)); SHOW(erfc(d)); SHOW(exp2(f));
    SHOW(expm1(f)); SHOW(log10(100.0f)); SHOW(log1p(d)); SHOW(log2(8.0f)); SHOW(logb(l));
    SHOW(lgamma(f)); SHOW(tgamma(5.0f)); SHOW(ilogb(8.0f)); SHOW(lrint(2.5f));
    SHOW(llround(2.5)); SHOW(lround(l));
    int e;
    SHOW(frexp(f, &e)); printf("  exponent %d\n", e);
    SHOW(ldexp(f, 3)); SHOW(scalbn(d, 2)); SHOW(scalbln(l, 1L));
    SHOW(nexttoward(1.0f, 2.0L) - 1.0f);
    int q;
    SHOW(remquo(7.0f, 2.0f, &q)); printf("  quotient %d\n", q);
    SHOW(creal(fz)); SHOW(cimag(dz)); SHOW(carg(lz)); SHOW(conj(fz)); SHOW(cproj(dz));
    SHOW(creal(d)); SHOW(carg(-1.0f)); SHOW(conj(i));

    /* Each argument is evaluated once. */
    double r = pow(next(), 3);
    printf("pow(1, 3) = %g after %d calls\n", r, calls);
    r = fma(next(), 3.0f, 4);
    printf("fma(2, 3, 4) = %g after %d calls\n", r, calls);
    r = atan2(next(), 3.0f);
    printf("atan2(3, 3) = %g after %d calls\n", r, calls);
    return 0;
}
