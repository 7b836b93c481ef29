/* stdarg.h: va_arg over mixed promoted types, va_copy, passing va_list down, sentinel-terminated lists */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static long sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static double mixed(const char *types, ...) {
    va_list ap;
    va_start(ap, types);
    double total = 0;
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': total += va_arg(ap, int); break;
        case 'l': total += (double)va_arg(ap, long); break;
        case 'L': total += (double)va_arg(ap, long long); break;
        case 'u': total += va_arg(ap, unsigned); break;
        case 'd': total += va_arg(ap, double); break;
        case 'c': total += va_arg(ap, int); break; /* char promoted */
        case 'f': total += va_arg(ap, double); break; /* float promoted */
        case 's': total += (double)strlen(va_arg(ap, const char *)); break;
        }
    }
    va_end(ap);
    return total;
}

static int concat(char *out, ...) {
    va_list ap;
    va_start(ap, out);
    out[0] = 0;
    int n = 0;
    const char *s;
    while ((s = va_arg(ap, const char *)) != NULL) { strcat(out, s); n++; }
    va_end(ap);
    return n;
}

static int vmax(int n, va_list ap) {
    int m = va_arg(ap, int);
    for (int i = 1; i < n; i++) { int v = va_arg(ap, int); if (v > m) m = v; }
    return m;
}

static void twice(int n, ...) {
    va_list ap, cp;
    va_start(ap, n);
    va_copy(cp, ap);
    int m1 = vmax(n, ap);
    int total = 0;
    for (int i = 0; i < n; i++) total += va_arg(cp, int);
    va_end(cp);
    va_end(ap);
    printf("max=%d total=%d\n", m1, total);
}

struct pair { int a; double b; };
static double struct_args(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) { struct pair p = va_arg(ap, struct pair); s += p.a * p.b; }
    va_end(ap);
    return s;
}

int main(void) {
    printf("sum0=%ld sum3=%ld sum10=%ld\n", sum_ints(0), sum_ints(3, 1, 2, 3), sum_ints(10, 1, -2, 3, -4, 5, -6, 7, -8, 9, -10));
    char c = 'A';
    short sh = -300;
    float fl = 2.5f;
    printf("mixed=%.6f\n", mixed("ilLudcfsi", 1, 2L, 3LL, 4u, 5.5, c, fl, "hello", (int)sh));
    char buf[100];
    int n = concat(buf, "alpha", "-", "beta", "-", "gamma", (char *)NULL);
    printf("concat n=%d %s\n", n, buf);
    twice(5, 3, 9, -2, 7, 1);
    twice(1, -42);
    struct pair a = {2, 1.5}, b = {3, -0.5}, d = {10, 0.25};
    printf("struct args=%g\n", struct_args(3, a, b, d));
    double many = mixed("dddddddddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0);
    printf("many doubles=%g\n", many);
    long many_i = sum_ints(20, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
    printf("many ints=%ld\n", many_i);
    return 0;
}
