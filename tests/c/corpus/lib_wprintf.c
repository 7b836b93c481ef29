/* The wide printf family: swprintf and vswprintf into wide buffers (widths
   and precisions count wide characters; %ls and %lc take wide strings and
   characters, %s and %c narrow ones), the -1 of a buffer too small, %n, and
   EILSEQ for a non-ASCII %s in the C locale. lib_wprintf_stream.c writes to
   a stream. */
#include <stdio.h>
#include <stdarg.h>
#include <wchar.h>
#include <errno.h>
#include <stddef.h>
#include <stdint.h>

static void show(const char *what, int n, const wchar_t *b) {
    printf("%s: %d [", what, n);
    if (n >= 0)
        for (; *b; b++) {
            if (*b < 128) putchar((int)*b);
            else printf("<%x>", (unsigned)*b);
        }
    printf("]\n");
}

static int vw(wchar_t *b, size_t n, const wchar_t *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vswprintf(b, n, fmt, ap);
    va_end(ap);
    return r;
}

int main(void) {
    wchar_t b[128];
    int n;
    n = swprintf(b, 128, L"%d %5d %-5d| %+d %05d %x %#o %lld", 42, -7, 3, 9, -12, 255u, 8, -1234567890123LL);
    show("ints", n, b);
    n = swprintf(b, 128, L"%hhd %hhu %hd %hu %ld %lu %zu %td %jd", 300, 300, 70000, 70000, -5L, 5UL, (size_t)7, (ptrdiff_t)-8, (intmax_t)9);
    show("lengths", n, b);
    n = swprintf(b, 128, L"%f %.2e %g %G %a %10.3f|%-10.1f|", 3.14159, 12345.678, 0.0001, 1e20, 1.0, -2.5, 2.25);
    show("floats", n, b);
    n = swprintf(b, 128, L"[%ls] [%5ls] [%-6ls] [%.2ls] [%s] [%4.1s]", L"wide", L"ab", L"cd", L"xyz", "narrow", "qrs");
    show("strings", n, b);
    n = swprintf(b, 128, L"[%ls] [%lc] [%c] [%3lc] [%-3c]", L"\u00e9t\u00e9 \u20ac \U0001F600", (wint_t)0x20ac, 'A', (wint_t)L'z', 'q');
    show("wide chars", n, b);
    n = swprintf(b, 128, L"%*d|%-*d|%.*f|%*.*ls|", 6, 1, 6, 2, 3, 1.0 / 3, 5, 2, L"abcdef");
    show("stars", n, b);
    int cnt = 0;
    n = swprintf(b, 128, L"abc%n def %%", &cnt);
    show("%n", n, b);
    printf("count %d\n", cnt);
    n = swprintf(b, 5, L"%d", 123456);
    printf("too small: %d\n", n);
    n = swprintf(b, 7, L"%d", 123456);
    show("just fits", n, b);
    n = swprintf(b, 128, L"%ls", (wchar_t *)0);
    show("null", n, b);
    n = vw(b, 128, L"%s=%d;%ls", "k", 5, L"v");
    show("vswprintf", n, b);
    errno = 0;
    n = swprintf(b, 128, L"%s", "caf\xc3\xa9");
    printf("non-ASCII %%s in the C locale: %d %s\n", n, errno == EILSEQ ? "EILSEQ" : "?");
    return 0;
}
