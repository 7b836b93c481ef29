/* The wide scanf family on ASCII input: numbers of every length, strings
   into narrow (%s) and wide (%ls) arrays, characters (%c, %lc), scan sets,
   widths, suppression, %n, the return value at a mismatch and at the end of
   input, and fwscanf/wscanf from a stream (standard input). */
#include <stdio.h>
#include <stdarg.h>
#include <wchar.h>

static int vs(const wchar_t *in, const wchar_t *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vswscanf(in, fmt, ap);
    va_end(ap);
    return r;
}

int main(void) {
    int i = 0, n = 0;
    unsigned u = 0;
    long l = 0;
    long long ll = 0;
    short h = 0;
    double d = 0;
    float f = 0;
    char s[32] = "";
    wchar_t w[32] = L"";
    wchar_t wc = 0;
    char c = 0;
    int r = swscanf(L"  -42 0x1f 077 123456789012 -7 2.5e3 1.25", L"%d %x %o %lld %hd %lf %f", &i, &u, &n, &ll, &h, &d, &f);
    printf("%d: %d %u %d %lld %d %g %g\n", r, i, u, n, ll, h, d, f);
    r = swscanf(L"word wide!x Q", L"%s %ls %c %lc", s, w, &c, &wc);
    printf("%d: %s %ls %c %lc\n", r, s, w, c, (wint_t)wc);
    r = swscanf(L"abc123def", L"%3[a-z]%2d%n%*s", s, &i, &n);
    printf("%d: %s %d %d\n", r, s, i, n);
    r = swscanf(L"12 apples", L"%d %d", &i, &n);
    printf("mismatch: %d %d\n", r, i);
    r = swscanf(L"", L"%d", &i);
    printf("empty: %d\n", r);
    r = swscanf(L"   ", L"%ld", &l);
    printf("blank: %d\n", r);
    r = vs(L"7:8", L"%d:%d", &i, &n);
    printf("vswscanf: %d %d %d\n", r, i, n);
    r = swscanf(L"%5 [x]", L"%%%d [%l[^]]]", &i, w);
    printf("literals: %d %d %ls\n", r, i, w);
    r = fwscanf(stdin, L"%d %ls", &i, w);
    printf("fwscanf: %d %d %ls\n", r, i, w);
    r = wscanf(L"%lf", &d);
    printf("wscanf: %d %g\n", r, d);
    r = wscanf(L"%d", &i);
    printf("at the end: %d\n", r);
    return 0;
}
