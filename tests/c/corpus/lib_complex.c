/* <complex.h>: typedefs, arrays, pointers, struct members, float and long
   double forms, integer operands, and the library functions (printed to 6
   digits: the transcendental ones may differ from glibc in the last bits). */
#include <stdio.h>
#include <complex.h>
typedef double complex cd;
typedef _Complex float cf;
struct pt { cd z; int n; };
static cd f(cd z, int n) { cd r = 1; for (int i = 0; i < n; i++) r *= z; return r; }
static cf g(cf a) { return a * a + 1; }
static long double complex h(long double complex x) { return x / (2 + 1.0i * 1.0); }
static void pr(const char *s, cd z) { printf("%s: %.6f %+.6f\n", s, creal(z), cimag(z)); }
int main(void) {
    static cd st = 1.5 - 2.5 * I;
    static cd prod = (1.0 + 2.0 * I) * (3.0 - 1.0 * I);
    static cf stf = 2.0f * I;
    pr("st", st); pr("prod", prod); pr("stf", stf);
    cd arr[8];
    for (int i = 0; i < 8; i++) arr[i] = i + (8 - i) * I;
    cd *p = arr;
    cd sum = 0;
    for (int i = 0; i < 8; i++) sum += p[i] * p[7 - i];
    pr("sum", sum);
    pr("pow", f(0.5 + 0.5 * I, 9));
    cf q = g(1.0f + 1.0f * I);
    printf("g: %.6f %+.6f\n", crealf(q), cimagf(q));
    pr("h", h(3.0L + 4.0L * I));
    struct pt pts[2] = { { 1 + 1.0i, 1 }, { .z = 2.0i, .n = 2 } };
    for (int i = 0; i < 2; i++) pr("pts", pts[i].z * pts[i].n);
    cd z = 3 + 4 * I;
    __real__ z += 1;
    __imag__ z = -__imag__ z;
    pr("z", z);
    int k = 3;
    pr("z*k", z * k);
    pr("z+'a'", z + 'a');
    pr("z/k", z / k);
    pr("k/z", k / z);
    cf narrow = (cf)z;
    printf("narrow %.6f %.6f\n", crealf(narrow), cimagf(narrow));
    printf("sizeof %zu %zu\n", sizeof z, sizeof narrow);
    printf("ne %d %d\n", z != z, z != 4.0);
    pr("cpow", cpow(1.0 + 1.0 * I, 2.0));
    pr("csin", csin(1.0 + 1.0 * I));
    pr("ccos", ccos(1.0 + 1.0 * I));
    pr("ctan", ctan(0.5 + 0.25 * I));
    pr("clog", clog(-1.0 + 0.0 * I));
    pr("casin", casin(0.5 + 0.5 * I));
    pr("cacos", cacos(0.5 + 0.5 * I));
    pr("catan", catan(0.5 + 0.5 * I));
    pr("csinh", csinh(0.5 + 0.5 * I));
    pr("ccosh", ccosh(0.5 + 0.5 * I));
    pr("ctanh", ctanh(0.5 + 0.5 * I));
    pr("casinh", casinh(0.5 + 0.5 * I));
    pr("cacosh", cacosh(0.5 + 0.5 * I));
    pr("catanh", catanh(0.5 + 0.5 * I));
    pr("cproj", cproj(1.0 + 2.0 * I));
    pr("csqrt", csqrt(-3.0 - 4.0 * I));
    pr("cexp", cexp(1.0 + 2.0 * I));
    printf("cabsf %.6f\n", cabsf(3.0f + 4.0f * I));
    cd m = 0;
    int it = 0;
    cd c = -0.75 + 0.1 * I;
    while (cabs(m) < 2.0 && it < 1000) { m = m * m + c; it++; }
    printf("iters %d\n", it);
    return 0;
}
