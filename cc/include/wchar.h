/* <wchar.h> for voxcc: wide strings (wchar_t is a 32-bit int) and the
   conversions of the C locale, where a multibyte character is one ASCII
   byte (bytes above 0x7f are not characters: EILSEQ, as in glibc's C
   locale). The wide printf family is provided without positional
   arguments; the wide scanf family reads ASCII (wide input ends at its
   first character outside ASCII). */
#ifndef __VOXCC_WCHAR_H
#define __VOXCC_WCHAR_H
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#ifndef __VOX_WINT_T
#define __VOX_WINT_T
typedef unsigned int wint_t;
#endif
typedef struct {
    int __count;
    unsigned int __value;
} mbstate_t;
struct tm;
#ifndef WEOF
#define WEOF ((wint_t)0xffffffffu)
#endif
#ifndef WCHAR_MIN
#define WCHAR_MIN (-2147483647 - 1)
#define WCHAR_MAX 2147483647
#endif

size_t wcslen(const wchar_t *s);
wchar_t *wcscpy(wchar_t *d, const wchar_t *s);
wchar_t *wcsncpy(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *wcscat(wchar_t *d, const wchar_t *s);
wchar_t *wcsncat(wchar_t *d, const wchar_t *s, size_t n);
int wcscmp(const wchar_t *a, const wchar_t *b);
int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n);
int wcscoll(const wchar_t *a, const wchar_t *b);
size_t wcsxfrm(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *wcschr(const wchar_t *s, wchar_t c);
wchar_t *wcsrchr(const wchar_t *s, wchar_t c);
wchar_t *wcsstr(const wchar_t *h, const wchar_t *n);
size_t wcsspn(const wchar_t *s, const wchar_t *accept);
size_t wcscspn(const wchar_t *s, const wchar_t *reject);
wchar_t *wcspbrk(const wchar_t *s, const wchar_t *accept);
wchar_t *wcstok(wchar_t *s, const wchar_t *delim, wchar_t **save);
wchar_t *wmemcpy(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n);
int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n);
long wcstol(const wchar_t *s, wchar_t **end, int base);
long long wcstoll(const wchar_t *s, wchar_t **end, int base);
unsigned long wcstoul(const wchar_t *s, wchar_t **end, int base);
unsigned long long wcstoull(const wchar_t *s, wchar_t **end, int base);
double wcstod(const wchar_t *s, wchar_t **end);
float wcstof(const wchar_t *s, wchar_t **end);
long double wcstold(const wchar_t *s, wchar_t **end);
size_t wcsnlen(const wchar_t *s, size_t max);
wchar_t *wcsdup(const wchar_t *s);
wchar_t *wcpcpy(wchar_t *d, const wchar_t *s);
wchar_t *wcpncpy(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *wcschrnul(const wchar_t *s, wchar_t c);
int wcscasecmp(const wchar_t *a, const wchar_t *b);
int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n);
int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);
size_t wcsftime(wchar_t *s, size_t max, const wchar_t *fmt, const struct tm *tm);

wint_t btowc(int c);
int wctob(wint_t c);
int mbsinit(const mbstate_t *ps);
size_t mbrlen(const char *s, size_t n, mbstate_t *ps);
size_t mbrtowc(wchar_t *pwc, const char *s, size_t n, mbstate_t *ps);
size_t wcrtomb(char *s, wchar_t wc, mbstate_t *ps);
size_t mbsrtowcs(wchar_t *d, const char **src, size_t n, mbstate_t *ps);
size_t wcsrtombs(char *d, const wchar_t **src, size_t n, mbstate_t *ps);
size_t mbsnrtowcs(wchar_t *d, const char **src, size_t nms, size_t n, mbstate_t *ps);
size_t wcsnrtombs(char *d, const wchar_t **src, size_t nwc, size_t n, mbstate_t *ps);

wint_t fgetwc(FILE *f);
wint_t getwc(FILE *f);
wint_t getwchar(void);
wint_t fputwc(wchar_t c, FILE *f);
wint_t putwc(wchar_t c, FILE *f);
wint_t putwchar(wchar_t c);
wint_t ungetwc(wint_t c, FILE *f);
int fputws(const wchar_t *s, FILE *f);
wchar_t *fgetws(wchar_t *s, int n, FILE *f);
int fwide(FILE *f, int mode);
int swprintf(wchar_t *s, size_t n, const wchar_t *fmt, ...);
int vswprintf(wchar_t *s, size_t n, const wchar_t *fmt, va_list ap);
int wprintf(const wchar_t *fmt, ...);
int vwprintf(const wchar_t *fmt, va_list ap);
int fwprintf(FILE *f, const wchar_t *fmt, ...);
int vfwprintf(FILE *f, const wchar_t *fmt, va_list ap);
int swscanf(const wchar_t *s, const wchar_t *fmt, ...);
int vswscanf(const wchar_t *s, const wchar_t *fmt, va_list ap);
int wscanf(const wchar_t *fmt, ...);
int vwscanf(const wchar_t *fmt, va_list ap);
int fwscanf(FILE *f, const wchar_t *fmt, ...);
int vfwscanf(FILE *f, const wchar_t *fmt, va_list ap);
#endif
