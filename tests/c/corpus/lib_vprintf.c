/* stdarg + vprintf/vsnprintf/vsprintf/vfprintf through user variadic wrappers, va_copy reuse */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int logf_(const char *level, const char *fmt, ...) {
    va_list ap;
    int n = printf("[%s] ", level);
    va_start(ap, fmt);
    n += vprintf(fmt, ap);
    va_end(ap);
    return n;
}

static char *fmt_into(char *buf, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return buf;
}

static int measure_then_print(const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char buf[128];
    int got = vsprintf(buf, fmt, ap2);
    va_end(ap2);
    printf("need=%d got=%d buf=<%s>\n", need, got, buf);
    return need;
}

static void to_stream(FILE *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
}

int main(void) {
    int n = logf_("info", "%d apples and %s\n", 3, "pears");
    printf("n=%d\n", n);
    n = logf_("warn", "%5.2f%% done, %c%c\n", 99.5, 'o', 'k');
    printf("n=%d\n", n);
    char buf[16];
    printf("<%s>\n", fmt_into(buf, sizeof buf, "%s/%s/%s", "alpha", "beta", "gamma"));
    printf("<%s>\n", fmt_into(buf, 4, "%d", 123456));
    measure_then_print("%d-%ld-%lld-%u", -1, 2L, -3LL, 4u);
    measure_then_print("%e|%g|%a", 1.0, 0.0001, 0.5);
    measure_then_print("%s", "");
    to_stream(stdout, "stream %s %d\n", "ok", 99);
    return 0;
}
