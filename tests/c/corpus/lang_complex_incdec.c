/* ++ and -- of complex values (GNU): 1 added to the real part; postfix
   forms yield the old value; the target is evaluated once. */
#include <stdio.h>
#include <complex.h>
int main(void) {
    double _Complex z = 1.5 + 2.0 * I, a[3] = { 1, 2, 3 };
    double _Complex w = z++;
    printf("%g %g %g %g\n", creal(w), cimag(w), creal(z), cimag(z));
    w = z--;
    printf("%g %g %g %g\n", creal(w), cimag(w), creal(z), cimag(z));
    w = --z;
    printf("%g %g %g %g\n", creal(w), cimag(w), creal(z), cimag(z));
    int i = 0;
    w = a[i++]++;
    printf("%g %g %d\n", creal(w), creal(a[0]), i);
    float _Complex f = 1.0f * I;
    f++;
    ++f;
    printf("%g %g\n", crealf(f), cimagf(f));
    return 0;
}
