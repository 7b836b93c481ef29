/* a mini printf implemented on va_list, plus wrappers forwarding va_list to vsnprintf */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static char out[1024];
static int outlen;

static void emit(char c) { out[outlen++] = c; }
static void emit_str(const char *s) { while (*s) emit(*s++); }
static void emit_uint(unsigned long v, unsigned base) {
    char tmp[32];
    int n = 0;
    do { tmp[n++] = "0123456789abcdef"[v % base]; v /= base; } while (v);
    while (n) emit(tmp[--n]);
}

static int mini_vprintf(const char *fmt, va_list ap) {
    int start = outlen;
    for (; *fmt; fmt++) {
        if (*fmt != '%') { emit(*fmt); continue; }
        int is_long = 0;
        fmt++;
        if (*fmt == 'l') { is_long = 1; fmt++; }
        switch (*fmt) {
        case 'd': {
            long v = is_long ? va_arg(ap, long) : va_arg(ap, int);
            if (v < 0) { emit('-'); emit_uint(0ul - (unsigned long)v, 10); } else emit_uint((unsigned long)v, 10);
            break;
        }
        case 'u': emit_uint(is_long ? va_arg(ap, unsigned long) : va_arg(ap, unsigned), 10); break;
        case 'x': emit_uint(is_long ? va_arg(ap, unsigned long) : va_arg(ap, unsigned), 16); break;
        case 'o': emit_uint(va_arg(ap, unsigned), 8); break;
        case 'b': emit_uint(va_arg(ap, unsigned), 2); break;
        case 'c': emit((char)va_arg(ap, int)); break;
        case 's': emit_str(va_arg(ap, const char *)); break;
        case '%': emit('%'); break;
        default: emit('?'); break;
        }
    }
    return outlen - start;
}

static int mini_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = mini_vprintf(fmt, ap);
    va_end(ap);
    return n;
}

static int logf_(char *buf, size_t size, const char *level, const char *fmt, ...) {
    va_list ap;
    int n = snprintf(buf, size, "[%s] ", level);
    va_start(ap, fmt);
    n += vsnprintf(buf + n, size - (size_t)n, fmt, ap);
    va_end(ap);
    return n;
}

int main(void) {
    int n1 = mini_printf("int %d neg %d long %ld uint %u\n", 42, -17, -1234567890123L, 4000000000u);
    int n2 = mini_printf("hex %x lhex %lx oct %o bin %b char %c str %s pct %% bad %q\n",
                         255u, 0xdeadbeefcafeUL, 8u, 10u, 'Z', "ok");
    int n3 = mini_printf("min %d\n", -2147483647 - 1);
    out[outlen] = '\0';
    fputs(out, stdout);
    printf("lengths %d %d %d\n", n1, n2, n3);
    char buf[100];
    int n = logf_(buf, sizeof buf, "warn", "x=%d y=%.2f s=%s", 3, 2.5, "abc");
    printf("%s (%d)\n", buf, n);
    n = logf_(buf, 16, "info", "truncated output %d", 123456);
    printf("%s (%d, strlen %zu)\n", buf, n, strlen(buf));
    return 0;
}
