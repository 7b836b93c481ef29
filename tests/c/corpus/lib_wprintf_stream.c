/* wprintf, fwprintf, vwprintf, vfwprintf, fputws and putwchar on stdout,
   which only wide functions touch here (glibc refuses byte output on a
   stream that wide output has oriented, and the other way round). The C
   locale's only multibyte form is ASCII: other wide characters come out as
   `?`, as glibc transliterates them. */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

static int vf(const wchar_t *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfwprintf(stdout, fmt, ap);
    va_end(ap);
    return r;
}

static int v(const wchar_t *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vwprintf(fmt, ap);
    va_end(ap);
    return r;
}

int main(void) {
    int n = wprintf(L"wprintf: %d %ls %s %c %5.2f|%-6ls|\n", 7, L"wide", "narrow", 'c', 2.5, L"ab");
    n += fwprintf(stdout, L"fwprintf: [%-4d] [%+.3e]\n", 3, 1234.5);
    n += vf(L"vfwprintf: %x %lc\n", 0xbeefu, (wint_t)L'w');
    n += v(L"vwprintf: %05ld %%\n", 42L);
    fputws(L"fputws line\n", stdout);
    putwchar(L'!');
    putwchar(L'\n');
    wprintf(L"total %d\n", n);
    int r = wprintf(L"%ls [%lc]\n", L"caf\u00e9", (wint_t)0x1f600);
    wint_t w = putwchar(L'\u00e9');
    wprintf(L"\nnon-ASCII to a stream in the C locale: %d %x\n", r, (unsigned)w);
    return 0;
}
