/* variadic functions with stdarg.h: int, long, double, char* arguments and a sentinel */
#include <stdio.h>
#include <stdarg.h>

static int sum_ints(int count, ...) {
    va_list ap;
    int s = 0, i;
    va_start(ap, count);
    for (i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static long sum_longs(int count, ...) {
    va_list ap;
    long s = 0;
    va_start(ap, count);
    while (count--) s += va_arg(ap, long);
    va_end(ap);
    return s;
}

static double avg(int count, ...) {
    va_list ap;
    double s = 0;
    int i;
    va_start(ap, count);
    for (i = 0; i < count; i++) s += va_arg(ap, double);
    va_end(ap);
    return count ? s / count : 0;
}

static void concat(char *out, ...) {
    va_list ap;
    const char *s;
    va_start(ap, out);
    while ((s = va_arg(ap, const char *)) != NULL)
        while (*s) *out++ = *s++;
    *out = '\0';
    va_end(ap);
}

/* format letters: i int, l long, d double, s string */
static void show(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        switch (*fmt) {
        case 'i': printf("[int %d]", va_arg(ap, int)); break;
        case 'l': printf("[long %ld]", va_arg(ap, long)); break;
        case 'L': printf("[llong %lld]", va_arg(ap, long long)); break;
        case 'u': printf("[uint %u]", va_arg(ap, unsigned)); break;
        case 'd': printf("[double %.3f]", va_arg(ap, double)); break;
        case 's': printf("[str %s]", va_arg(ap, const char *)); break;
        case 'p': printf("[int* -> %d]", *va_arg(ap, int *)); break;
        }
    }
    va_end(ap);
    printf("\n");
}

int main(void) {
    printf("sum_ints(0) = %d\n", sum_ints(0));
    printf("sum_ints(3,...) = %d\n", sum_ints(3, 1, 2, 3));
    printf("sum_ints(10,...) = %d\n", sum_ints(10, 1, -2, 3, -4, 5, -6, 7, -8, 9, -10));
    printf("sum_longs = %ld\n", sum_longs(3, 10000000000L, -1L, 5000000000L));
    printf("avg = %.4f\n", avg(4, 1.5, 2.5, 3.25, -1.0));
    char buf[64];
    concat(buf, "var", "iadic", " ", "concat", (char *)NULL);
    printf("concat = %s\n", buf);
    int x = 77;
    show("ilLudsp", -5, 123456789012L, -9000000000000LL, 4000000000u, 3.14159, "text", &x);
    show("dddddddddi", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 42);
    show("iiiiiiiiis", 1, 2, 3, 4, 5, 6, 7, 8, 9, "tenth");
    show("");
    return 0;
}
