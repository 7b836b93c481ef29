/* Complex arithmetic (C99 6.2.5p11, Annex G, as gcc does it): constants,
   static initializers, the four operations with real and complex operands,
   conversions, compound assignment, __real__/__imag__, records holding
   complex members, and the infinity/NaN cases. */
#include <stdio.h>
#include <complex.h>
#include <math.h>

static double _Complex gz = 1.0 + 2.0 * I;
static float _Complex gf = 3.0f - 1.5fi;
static double _Complex garr[3] = { 1, 2.5i, -1.0 - 1.0i };

struct S { int tag; double _Complex z; float _Complex f; };

static double _Complex twice(double _Complex z) { return z * 2; }
static double _Complex mul(double _Complex a, double _Complex b) { return a * b; }
static double _Complex dv(double _Complex a, double _Complex b) { return a / b; }

static void show(const char *what, double _Complex z) {
    printf("%-10s %.17g %+.17g i\n", what, creal(z), cimag(z));
}

int main(void) {
    double _Complex a = 3.0 + 4.0 * I, b = -1.5 + 0.25 * I;
    show("gz", gz);
    show("gf", gf);
    for (int i = 0; i < 3; i++) show("garr", garr[i]);
    show("a+b", a + b);
    show("a-b", a - b);
    show("a*b", a * b);
    show("a/b", a / b);
    show("2*a", 2 * a);
    show("a/2", a / 2);
    show("1/a", 1 / a);
    show("a+1", a + 1);
    show("1-a", 1 - a);
    show("-a", -a);
    show("~a", ~a);
    show("conj", conj(a));
    printf("cabs %.17g carg %.17g\n", cabs(a), carg(a));
    printf("eq %d %d %d\n", a == a, a == b, a != b);
    printf("eq real %d %d\n", (a - 4.0 * I) == 3.0, 3 == (a - 4.0 * I));
    double _Complex c = a;
    c += b; show("c+=b", c);
    c *= I; show("c*=I", c);
    c /= 2.0; show("c/=2", c);
    c -= 1; show("c-=1", c);
    ++c; show("++c", c);
    double d = a; printf("double from complex %g\n", d);
    int n = (int)b; printf("int from complex %d\n", n);
    _Bool t = b, f = 0.0 * I; printf("bool %d %d\n", t, f);
    if (a) printf("a is true\n");
    if (!(0 * a)) printf("0*a is false\n");
    show("twice", twice(a));
    show("mul", mul(a, b));
    show("dv", dv(a, b));
    struct S s = { 7, 1.25 - 2.0 * I, 0.5f + 0.5f * I };
    struct S s2 = s;
    show("s.z", s2.z);
    show("s.f", s2.f);
    __real__ s2.z = 9.0;
    __imag__ s2.z *= 3;
    show("s2.z", s2.z);
    printf("sizes %zu %zu %zu %zu\n", sizeof(double _Complex), sizeof(float _Complex), _Alignof(double _Complex), sizeof(struct S));
    float _Complex fa = 1.0f + 2.0f * I, fb = 3.0f - 1.0f * I;
    float _Complex fp = fa * fb, fq = fa / fb;
    printf("float %.9g %.9g %.9g %.9g\n", crealf(fp), cimagf(fp), crealf(fq), cimagf(fq));
    double _Complex mixed = fa * a;
    show("mixed", mixed);
    double _Complex p = a;
    double _Complex *pp = &p;
    *pp *= *pp;
    show("*pp", p);
    double _Complex q = 1 ? a : 2.0;
    show("cond", q);
    show("CMPLX", CMPLX(0.0, -0.0));
    show("csqrt", csqrt(-4.0));
    show("cexp", cexp(I * M_PI));
    show("inf*", (INFINITY + NAN * I) * (2.0 + 0 * I) );
    double _Complex zz = __builtin_complex(INFINITY * 1.0, (double)NAN);
    show("mulinf", zz * (1.0 + 1.0 * I));
    show("div0", (1.0 + 1.0 * I) / (0.0 + 0.0 * I));
    show("divbig", (1e300 + 1e300 * I) / (1e300 + 1e-300 * I));
    show("divsmall", (1e-300 + 1e-310 * I) / (3e-308 + 1e-309 * I));
    {
    /* Infinities and NaNs: a real operand's parts, the library's recovery. */
    volatile double inf = INFINITY, nan_ = NAN;
    double x = inf, n = nan_;
    show("NAN*I", NAN * I);
    show("n*I", n * I);
    show("x*I", x * I);
    show("I*x", I * x);
    double _Complex c2 = 2.0 + 0 * I;
    show("c2", c2);
    double _Complex a = x + n * I;
    show("a", a);
    show("a*c2", a * c2);
    show("a*(2+0I)", a * (2.0 + 0 * I));
    show("a*2", a * 2);
    show("x*(1+I)", x * (1.0 + 1.0 * I));
    double _Complex one_i = 1.0 * I;
    show("x*one_i", x * one_i);
    show("(x+0i)*I", (x + 0.0 * I) * I);
    double _Complex xi = x;
    show("xi*I", xi * I);
    show("xi*one_i", xi * one_i);
    show("xi/I", xi / I);
    show("xi/one_i", xi / one_i);
    show("1/(0+0i)", 1.0 / (0.0 + 0.0 * I));
    double _Complex z0 = 0;
    show("1/z0", 1.0 / z0);
    show("xi/2", xi / 2);
    show("-0+z0", -0.0 + z0);
    show("z0-(-0.)", z0 - (-0.0));
    }
    return 0;
}
