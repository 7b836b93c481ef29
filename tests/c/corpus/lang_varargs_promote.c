/* default argument promotions in variadic calls: char/short -> int, float -> double */
#include <stdio.h>
#include <stdarg.h>

static void take(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int c = va_arg(ap, int);        /* was char */
    int uc = va_arg(ap, int);       /* was unsigned char */
    int s = va_arg(ap, int);        /* was short */
    int us = va_arg(ap, int);       /* was unsigned short */
    double f = va_arg(ap, double);  /* was float */
    int b = va_arg(ap, int);        /* was _Bool */
    int e = va_arg(ap, int);        /* was enum */
    va_end(ap);
    printf("n=%d c=%d uc=%d s=%d us=%d f=%.7f b=%d e=%d\n", n, c, uc, s, us, f, b, e);
}

static double sum_floats(int n, ...) {
    va_list ap;
    double s = 0;
    va_start(ap, n);
    while (n--) s += va_arg(ap, double);
    va_end(ap);
    return s;
}

enum e { EV = 12 };

int main(void) {
    char c = -7;
    unsigned char uc = 250;
    short s = -30000;
    unsigned short us = 60000;
    float f = 0.1f;
    _Bool b = 1;
    take(1, c, uc, s, us, f, b, EV);
    take(2, 'A', (unsigned char)300, (short)70000, (unsigned short)-1, 1.0f / 3.0f, (_Bool)0, EV + 1);
    float fs[4] = { 0.5f, 0.25f, 0.125f, 1e-3f };
    printf("sum_floats = %.10f\n", sum_floats(4, fs[0], fs[1], fs[2], fs[3]));
    /* printf itself relies on the same promotions */
    printf("char %c short %hd ushort %hu float %f\n", c + 100, s, us, f);
    printf("hhd %hhd hhu %hhu\n", 300, 300);
    return 0;
}
