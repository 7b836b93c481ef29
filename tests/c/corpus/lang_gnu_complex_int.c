/* GNU integer complex types: _Complex char/short/int/long long, signed and
   unsigned; imaginary integer constants (2i); arithmetic with gcc's integer
   division (Smith's method with truncating ratios); conversions; parts as
   lvalues; conjugate; statics, structs, arrays, calls and varargs. */
#include <stdarg.h>
#include <stdio.h>

typedef _Complex int ci;
typedef _Complex unsigned short cus;
typedef _Complex long long cll;

struct pair { _Complex char a; _Complex char b; };
static struct pair sp = { 1 + 2i, 3 + 4i };
static cus gs = 100 + 200i;
static cll big = 5000000000LL + 7i;
static ci arr[3] = { 1, 2i, 3 + 3i };
/* Folded as gcc folds them. */
static ci folded[] = { (10 + 5i) / (2 + 1i), (-17 + 4i) / (0 + 1i), (7 + 7i) * (2 - 3i), -(3 + 4i) };
static _Complex unsigned ufolded = (4000000000u + 7i) / (3 + 2i);

#define P(z) printf("%s = %lld %+lldi\n", #z, (long long)__real__ (z), (long long)__imag__ (z))

static ci add(ci a, ci b) { return a + b; }
static cus id(cus z) { return z; }
static struct pair swap(struct pair p) { struct pair q = { p.b, p.a }; return q; }

static long long sum_parts(int n, ...) {
    va_list ap;
    long long s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        ci z = va_arg(ap, ci);
        s += __real__ z * 10 + __imag__ z;
    }
    va_end(ap);
    return s;
}

int main(void) {
    printf("sizes %zu %zu %zu %zu\n", sizeof(_Complex char), sizeof(_Complex short),
           sizeof(ci), sizeof(cll));
    printf("aligns %zu %zu %zu\n", _Alignof(_Complex char), _Alignof(_Complex short), _Alignof(cll));
    _Complex char c1 = 1 + 2i, c2 = 3 - 1i;
    printf("promoted sum size %zu\n", sizeof(c1 + c2));
    P(c1 + c2);
    P(c1 * c2);
    ci a = 7 - 3i, b = -2 + 5i;
    P(a + b);
    P(a - b);
    P(a * b);
    P(-a);
    P(~a);
    P(a * 3);
    P(3 * a);
    P(a / 2);
    P(a + 10);
    P(10 - a);
    /* Integer division: gcc's truncating Smith's method. */
    ci n[] = { 10 + 5i, -17 + 4i, 100, 7i, -9 - 9i, 123 - 45i };
    ci d[] = { 2 + 1i, 3 - 2i, 1 + 7i, 3 + 3i, -2 + 5i, 1i, 4, -6 - 1i };
    for (unsigned i = 0; i < sizeof n / sizeof n[0]; i++)
        for (unsigned j = 0; j < sizeof d / sizeof d[0]; j++) {
            ci q = n[i] / d[j];
            printf("(%d%+di)/(%d%+di) = %d%+di\n", __real__ n[i], __imag__ n[i],
                   __real__ d[j], __imag__ d[j], __real__ q, __imag__ q);
        }
    cus u = 65535 + 2i, v = 3 + 65534i;
    P(u + v);
    P(u * v);
    P(u / v);
    P(u - v);
    /* Conversions. */
    double _Complex dz = a;
    printf("to double complex %g %+gi\n", __real__ dz, __imag__ dz);
    ci back = 2.9 - 3.9i;
    P(back);
    int r = a;
    _Bool nz = a, z0 = (ci)0, zi = 1i;
    printf("to int %d, to bool %d %d %d\n", r, nz, z0, zi);
    long long wide = big;
    printf("long long real %lld\n", wide);
    double _Complex mix = a * 0.5;
    printf("mixed with double %g %+gi\n", __real__ mix, __imag__ mix);
    /* Comparisons. */
    printf("eq %d %d %d %d\n", a == 7 - 3i, a != 7 - 3i, a == 7, (ci)7 == 7);
    /* Parts as lvalues, compound assignment, increments. */
    ci w = 0;
    __real__ w = 4;
    __imag__ w += 9;
    P(w);
    w += 1 + 1i;
    P(w);
    w *= 2i;
    P(w);
    w /= 3;
    P(w);
    w -= a;
    P(w);
    ci old = w++;
    P(old);
    P(w);
    --w;
    P(w);
    for (int i = 0; i < 4; i++) P(folded[i]);
    P(ufolded);
    _Complex unsigned uu = 4000000000u + 7i, ud = 3 + 2i;
    P(uu / ud);
    P(ud / uu);
    cll l1 = 9000000000000LL - 5i, l2 = -3000000 + 2000000i;
    P(l1 / l2);
    P(l2 / l1);
    P((l1 / 1000000) * l2);
    /* Statics, structs, arrays, calls, varargs. */
    P(gs);
    P(sp.a);
    P(sp.b);
    struct pair s2 = swap(sp);
    P(s2.a);
    printf("struct compare %d\n", s2.a != 3 + 4i || s2.b != 1 + 2i);
    P(id(gs));
    printf("same %d\n", id(gs) == gs);
    P(big);
    for (int i = 0; i < 3; i++) P(arr[i]);
    P(add(arr[1], arr[2]));
    printf("varargs %lld\n", sum_parts(3, arr[0], arr[1], arr[2]));
    ci many[8];
    for (int i = 0; i < 8; i++) many[i] = -1;
    int ok = 1;
    for (int i = 0; i < 8; i++) ok &= many[i] == -1;
    printf("array fill %d\n", ok);
    unsigned char _Complex uc = 250 + 251i;
    uc += 10 + 10i;
    P(uc);
    signed char _Complex sc = 127;
    sc += 1;
    P(sc);
    return 0;
}
