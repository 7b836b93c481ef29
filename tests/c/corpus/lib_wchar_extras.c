/* POSIX and GNU wide-string functions: wcsnlen, wcsdup, wcpcpy, wcpncpy,
   wcschrnul, wcscasecmp, wcsncasecmp, wcwidth, wcswidth, mbsnrtowcs,
   wcsnrtombs, wcsftime, and wcstoimax/wcstoumax from <inttypes.h>. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <inttypes.h>
#include <time.h>

int main(void) {
    printf("wcsnlen %zu %zu %zu\n", wcsnlen(L"hello", 3), wcsnlen(L"hi", 10), wcsnlen(L"", 4));
    wchar_t *d = wcsdup(L"duplicate");
    printf("wcsdup %ls %d\n", d, wcscmp(d, L"duplicate"));
    free(d);
    wchar_t b[16];
    wchar_t *e = wcpcpy(b, L"abc");
    e = wcpcpy(e, L"def");
    printf("wcpcpy %ls %td\n", b, e - b);
    wmemset(b, L'#', 16);
    e = wcpncpy(b, L"xy", 5);
    printf("wcpncpy %td %d %d %d\n", e - b, (int)b[1], (int)b[2], (int)b[4]);
    e = wcpncpy(b, L"longer", 3);
    printf("wcpncpy %td %d\n", e - b, (int)b[3]);
    const wchar_t *s = L"find:me";
    printf("wcschrnul %td %td\n", wcschrnul(s, L':') - s, wcschrnul(s, L'z') - s);
    printf("case %d %d %d %d %d\n", wcscasecmp(L"HeLLo", L"hello"), wcscasecmp(L"a", L"B") < 0,
           wcsncasecmp(L"ABCx", L"abcy", 3), wcsncasecmp(L"ABCx", L"abcy", 4) < 0,
           wcscasecmp(L"", L"") );
    printf("wcwidth %d %d %d %d\n", wcwidth(L'a'), wcwidth(0), wcwidth(L'\n'), wcwidth(0x20ac));
    printf("wcswidth %d %d %d\n", wcswidth(L"abc", 10), wcswidth(L"abc", 2), wcswidth(L"a\tb", 3));
    const char *src = "wide text";
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t n = mbsnrtowcs(b, &src, 4, 16, &st);
    printf("mbsnrtowcs %zu %c %s\n", n, (char)b[3], src);
    const wchar_t *wsrc = L"narrow";
    char nb[16];
    memset(&st, 0, sizeof st);
    n = wcsnrtombs(nb, &wsrc, 3, sizeof nb, &st);
    nb[n] = 0;
    printf("wcsnrtombs %zu %s %ls\n", n, nb, wsrc);
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = 126;
    tm.tm_mon = 11;
    tm.tm_mday = 5;
    tm.tm_hour = 22;
    tm.tm_min = 7;
    tm.tm_wday = 6;
    tm.tm_yday = 338;
    wchar_t tb[64];
    n = wcsftime(tb, 64, L"%Y-%m-%d %H:%M %a %B %j", &tm);
    printf("wcsftime %zu %ls\n", n, tb);
    printf("wcsftime small %zu\n", wcsftime(tb, 4, L"%Y-%m-%d", &tm));
    wchar_t *end;
    intmax_t im = wcstoimax(L"  -9223372036854775807x", &end, 10);
    uintmax_t um = wcstoumax(L"0xffffffffffffffff", 0, 16);
    printf("wcstoimax %jd %ls %ju\n", im, end, um);
    return 0;
}
