/* Earlier parameters in a later parameter's array size: `int a[n]` (which
   becomes `int *a`), also with `static`, `[*]` and in prototypes */
#include <stdio.h>
#include <stddef.h>

static int sum(int n, int a[n]) {
    int s = 0;
    for (int i = 0; i < n; i++)
        s += a[i];
    return s;
}

int scale(size_t n, double v[static n], double k);
int scale(size_t n, double v[static n], double k) {
    for (size_t i = 0; i < n; i++)
        v[i] *= k;
    return (int)n;
}

int count(int n, const char s[*]);
int count(int n, const char s[n + 1]) {
    int c = 0;
    for (int i = 0; i < n; i++)
        c += s[i] == 'a';
    return c;
}

static int apply(int n, int (*f)(int m, int b[m]), int a[n]) { return f(n, a); }

int n = 100; /* the parameter, not this, is the size */

int main(void) {
    int a[4] = { 1, 2, 3, 4 };
    double v[3] = { 1.5, 2.5, -1 };
    printf("%d %d\n", sum(3, a), apply(4, sum, a));
    int k = scale(3, v, 2.0);
    printf("%d %g %g %g\n", k, v[0], v[1], v[2]);
    printf("%d %zu\n", count(5, "banana"), sizeof(int (*)(int k, int b[k])));
    return 0;
}
