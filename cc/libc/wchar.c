/* <wchar.h>, <wctype.h>, <uchar.h> in the C locale: a multibyte character
   is one ASCII byte; wide characters above 0x7f have no multibyte form
   (EILSEQ) and belong to no class. */
#include <wchar.h>
#include <wctype.h>
#include <uchar.h>
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <time.h>

size_t wcslen(const wchar_t *s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

wchar_t *wcscpy(wchar_t *d, const wchar_t *s) {
    wchar_t *r = d;
    while ((*d++ = *s++)) {}
    return r;
}

wchar_t *wcsncpy(wchar_t *d, const wchar_t *s, size_t n) {
    size_t i = 0;
    for (; i < n && s[i]; i++) d[i] = s[i];
    for (; i < n; i++) d[i] = 0;
    return d;
}

wchar_t *wcscat(wchar_t *d, const wchar_t *s) {
    wcscpy(d + wcslen(d), s);
    return d;
}

wchar_t *wcsncat(wchar_t *d, const wchar_t *s, size_t n) {
    wchar_t *p = d + wcslen(d);
    size_t i = 0;
    for (; i < n && s[i]; i++) p[i] = s[i];
    p[i] = 0;
    return d;
}

int wcscmp(const wchar_t *a, const wchar_t *b) {
    while (*a && *a == *b) a++, b++;
    return *a < *b ? -1 : *a > *b;
}

int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n) {
    for (; n; n--, a++, b++) {
        if (*a != *b) return *a < *b ? -1 : 1;
        if (!*a) return 0;
    }
    return 0;
}

int wcscoll(const wchar_t *a, const wchar_t *b) { return wcscmp(a, b); }

size_t wcsxfrm(wchar_t *d, const wchar_t *s, size_t n) {
    size_t len = wcslen(s);
    if (len < n) wcscpy(d, s);
    return len;
}

wchar_t *wcschr(const wchar_t *s, wchar_t c) {
    for (;; s++) {
        if (*s == c) return (wchar_t *)s;
        if (!*s) return 0;
    }
}

wchar_t *wcsrchr(const wchar_t *s, wchar_t c) {
    const wchar_t *r = 0;
    for (;; s++) {
        if (*s == c) r = s;
        if (!*s) return (wchar_t *)r;
    }
}

wchar_t *wcsstr(const wchar_t *h, const wchar_t *n) {
    size_t len = wcslen(n);
    for (; *h; h++)
        if (!wcsncmp(h, n, len)) return (wchar_t *)h;
    return len ? 0 : (wchar_t *)h;
}

size_t wcsspn(const wchar_t *s, const wchar_t *accept) {
    size_t n = 0;
    while (s[n] && wcschr(accept, s[n])) n++;
    return n;
}

size_t wcscspn(const wchar_t *s, const wchar_t *reject) {
    size_t n = 0;
    while (s[n] && !wcschr(reject, s[n])) n++;
    return n;
}

wchar_t *wcspbrk(const wchar_t *s, const wchar_t *accept) {
    s += wcscspn(s, accept);
    return *s ? (wchar_t *)s : 0;
}

wchar_t *wcstok(wchar_t *s, const wchar_t *delim, wchar_t **save) {
    if (!s) s = *save;
    s += wcsspn(s, delim);
    if (!*s) {
        *save = s;
        return 0;
    }
    wchar_t *end = s + wcscspn(s, delim);
    if (*end) *end++ = 0;
    *save = end;
    return s;
}

wchar_t *wmemcpy(wchar_t *d, const wchar_t *s, size_t n) { return memcpy(d, s, n * sizeof(wchar_t)); }
wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n) { return memmove(d, s, n * sizeof(wchar_t)); }

wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n) {
    for (size_t i = 0; i < n; i++) d[i] = c;
    return d;
}

int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] == c) return (wchar_t *)(s + i);
    return 0;
}

/* `s` narrowed up to its first character outside ASCII, in `small` when it
   fits, else in memory the caller frees; 0 when out of memory. The numeric
   conversions parse such a copy (only ASCII can be part of a number), then
   map the end back; the wide scanf family (wscanf.c) scans one. */
char *__vox_narrow(const wchar_t *s, char *small, size_t cap) {
    size_t n = 0;
    while (s[n] && (unsigned)s[n] < 0x80) n++;
    char *b = n < cap ? small : malloc(n + 1);
    if (!b) return 0;
    for (size_t i = 0; i < n; i++) b[i] = (char)s[i];
    b[n] = 0;
    return b;
}

#define WIDE_CONV(name, type, call)                                  \
    type name {                                                      \
        char small[128], *e;                                         \
        char *b = __vox_narrow(s, small, sizeof small);              \
        if (!b) {                                                    \
            errno = ENOMEM;                                          \
            if (end) *end = (wchar_t *)s;                            \
            return 0;                                                \
        }                                                            \
        type r = call;                                               \
        if (end) *end = (wchar_t *)s + (e - b);                      \
        if (b != small) free(b);                                     \
        return r;                                                    \
    }
WIDE_CONV(wcstol(const wchar_t *s, wchar_t **end, int base), long, strtol(b, &e, base))
WIDE_CONV(wcstoll(const wchar_t *s, wchar_t **end, int base), long long, strtoll(b, &e, base))
WIDE_CONV(wcstoul(const wchar_t *s, wchar_t **end, int base), unsigned long, strtoul(b, &e, base))
WIDE_CONV(wcstoull(const wchar_t *s, wchar_t **end, int base), unsigned long long, strtoull(b, &e, base))
WIDE_CONV(wcstod(const wchar_t *s, wchar_t **end), double, strtod(b, &e))
WIDE_CONV(wcstof(const wchar_t *s, wchar_t **end), float, strtof(b, &e))
WIDE_CONV(wcstold(const wchar_t *s, wchar_t **end), long double, strtold(b, &e))
WIDE_CONV(wcstoimax(const wchar_t *s, wchar_t **end, int base), intmax_t, strtoimax(b, &e, base))
WIDE_CONV(wcstoumax(const wchar_t *s, wchar_t **end, int base), uintmax_t, strtoumax(b, &e, base))

/* ---- POSIX and GNU extras ---- */

size_t wcsnlen(const wchar_t *s, size_t max) {
    size_t n = 0;
    while (n < max && s[n]) n++;
    return n;
}

wchar_t *wcsdup(const wchar_t *s) {
    size_t n = wcslen(s) + 1;
    wchar_t *d = malloc(n * sizeof(wchar_t));
    return d ? wmemcpy(d, s, n) : 0;
}

wchar_t *wcpcpy(wchar_t *d, const wchar_t *s) {
    while ((*d = *s++)) d++;
    return d;
}

wchar_t *wcpncpy(wchar_t *d, const wchar_t *s, size_t n) {
    size_t i = 0;
    for (; i < n && s[i]; i++) d[i] = s[i];
    wchar_t *end = d + i;
    for (; i < n; i++) d[i] = 0;
    return end;
}

wchar_t *wcschrnul(const wchar_t *s, wchar_t c) {
    while (*s && *s != c) s++;
    return (wchar_t *)s;
}

static wint_t fold(wint_t c) { return c < 0x80 ? (wint_t)tolower((int)c) : c; }

int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n) {
    for (; n; n--, a++, b++) {
        wint_t x = fold((wint_t)*a), y = fold((wint_t)*b);
        if (x != y) return x < y ? -1 : 1;
        if (!x) return 0;
    }
    return 0;
}

int wcscasecmp(const wchar_t *a, const wchar_t *b) { return wcsncasecmp(a, b, (size_t)-1); }

/* Columns in the C locale: 0 for L'\0', 1 for printable ASCII, -1 for
   anything else (glibc's C locale answers the same). */
int wcwidth(wchar_t c) {
    if (!c) return 0;
    return c >= 0x20 && c < 0x7f ? 1 : -1;
}

int wcswidth(const wchar_t *s, size_t n) {
    int w = 0;
    for (; n && *s; n--, s++) {
        int k = wcwidth(*s);
        if (k < 0) return -1;
        w += k;
    }
    return w;
}

/* strftime on the narrowed format; its output is ASCII (the C locale's
   names). A format outside ASCII gives 0, as one that does not fit. */
size_t wcsftime(wchar_t *s, size_t max, const wchar_t *fmt, const struct tm *tm) {
    size_t n = wcslen(fmt);
    char small[256], *f = n < sizeof small ? small : malloc(n + 1);
    if (!f) return 0;
    size_t r = 0;
    for (size_t i = 0; i <= n; i++) {
        if ((unsigned)fmt[i] > 0x7f) goto out;
        f[i] = (char)fmt[i];
    }
    char out_small[512], *o = max <= sizeof out_small ? out_small : malloc(max);
    if (!o) goto out;
    r = strftime(o, max, f, tm);
    for (size_t i = 0; i < r; i++) s[i] = (wchar_t)(unsigned char)o[i];
    if (r || max) s[r] = 0;
    if (o != out_small) free(o);
out:
    if (f != small) free(f);
    return r;
}

/* ---- conversions ---- */

wint_t btowc(int c) { return c >= 0 && c < 0x80 ? (wint_t)c : WEOF; }
int wctob(wint_t c) { return c < 0x80 ? (int)c : EOF; }
int mbsinit(const mbstate_t *ps) { return !ps || !ps->__count; }

size_t mbrtowc(wchar_t *pwc, const char *s, size_t n, mbstate_t *ps) {
    (void)ps;
    if (!s) return 0;
    if (!n) return (size_t)-2;
    unsigned char c = (unsigned char)*s;
    if (c > 0x7f) {
        errno = EILSEQ;
        return (size_t)-1;
    }
    if (pwc) *pwc = c;
    return c != 0;
}

size_t mbrlen(const char *s, size_t n, mbstate_t *ps) { return mbrtowc(0, s, n, ps); }

size_t wcrtomb(char *s, wchar_t wc, mbstate_t *ps) {
    (void)ps;
    if (!s) return 1;
    if ((unsigned)wc > 0x7f) {
        errno = EILSEQ;
        return (size_t)-1;
    }
    *s = (char)wc;
    return 1;
}

size_t mbsnrtowcs(wchar_t *d, const char **src, size_t nms, size_t n, mbstate_t *ps) {
    (void)ps;
    const char *s = *src;
    size_t i = 0;
    for (; i < nms && (!d || i < n); i++) {
        unsigned char c = (unsigned char)s[i];
        if (c > 0x7f) {
            errno = EILSEQ;
            if (d) *src = s + i;
            return (size_t)-1;
        }
        if (d) d[i] = c;
        if (!c) {
            if (d) *src = 0;
            return i;
        }
    }
    if (d) *src = s + i;
    return i;
}

size_t wcsnrtombs(char *d, const wchar_t **src, size_t nwc, size_t n, mbstate_t *ps) {
    (void)ps;
    const wchar_t *s = *src;
    size_t i = 0;
    for (; i < nwc && (!d || i < n); i++) {
        if ((unsigned)s[i] > 0x7f) {
            errno = EILSEQ;
            if (d) *src = s + i;
            return (size_t)-1;
        }
        if (d) d[i] = (char)s[i];
        if (!s[i]) {
            if (d) *src = 0;
            return i;
        }
    }
    if (d) *src = s + i;
    return i;
}

size_t mbsrtowcs(wchar_t *d, const char **src, size_t n, mbstate_t *ps) {
    return mbsnrtowcs(d, src, (size_t)-1, n, ps);
}

size_t wcsrtombs(char *d, const wchar_t **src, size_t n, mbstate_t *ps) {
    return wcsnrtombs(d, src, (size_t)-1, n, ps);
}

size_t mbrtoc32(char32_t *pc, const char *s, size_t n, mbstate_t *ps) {
    wchar_t w;
    size_t r = mbrtowc(&w, s, n, ps);
    if (r <= 1 && pc && s) *pc = (char32_t)w;
    return r;
}

size_t c32rtomb(char *s, char32_t c, mbstate_t *ps) { return wcrtomb(s, (wchar_t)c, ps); }

size_t mbrtoc16(char16_t *pc, const char *s, size_t n, mbstate_t *ps) {
    wchar_t w;
    size_t r = mbrtowc(&w, s, n, ps);
    if (r <= 1 && pc && s) *pc = (char16_t)w;
    return r;
}

size_t c16rtomb(char *s, char16_t c, mbstate_t *ps) { return wcrtomb(s, (wchar_t)c, ps); }

/* ---- wide stream I/O: bytes, one per character ---- */

wint_t fgetwc(FILE *f) {
    int c = fgetc(f);
    if (c == EOF) return WEOF;
    if (c > 0x7f) {
        errno = EILSEQ;
        return WEOF;
    }
    return (wint_t)c;
}

wint_t getwc(FILE *f) { return fgetwc(f); }
wint_t getwchar(void) { return fgetwc(stdin); }

/* A wide character with no multibyte form is written as `?`, as glibc's C
   locale transliterates it (glibc has longer forms for a few, such as EUR
   for the euro sign; every one is `?` here). */
wint_t fputwc(wchar_t c, FILE *f) {
    int b = (unsigned)c > 0x7f ? '?' : (int)c;
    return fputc(b, f) == EOF ? WEOF : (wint_t)c;
}

wint_t putwc(wchar_t c, FILE *f) { return fputwc(c, f); }
wint_t putwchar(wchar_t c) { return fputwc(c, stdout); }
wint_t ungetwc(wint_t c, FILE *f) { return c == WEOF || ungetc((int)c, f) == EOF ? WEOF : c; }

int fputws(const wchar_t *s, FILE *f) {
    for (; *s; s++)
        if (fputwc(*s, f) == WEOF) return -1;
    return 1;
}

wchar_t *fgetws(wchar_t *s, int n, FILE *f) {
    int i = 0;
    if (n <= 0) return 0;
    while (i < n - 1) {
        wint_t c = fgetwc(f);
        if (c == WEOF) break;
        s[i++] = (wchar_t)c;
        if (c == '\n') break;
    }
    if (!i) return 0;
    s[i] = 0;
    return s;
}

int fwide(FILE *f, int mode) {
    (void)f;
    return mode;
}

/* ---- <wctype.h> ---- */

#define ASCII(c) ((c) < 0x80)
int iswalnum(wint_t c) { return ASCII(c) && isalnum((int)c); }
int iswalpha(wint_t c) { return ASCII(c) && isalpha((int)c); }
int iswblank(wint_t c) { return ASCII(c) && isblank((int)c); }
int iswcntrl(wint_t c) { return ASCII(c) && iscntrl((int)c); }
int iswdigit(wint_t c) { return ASCII(c) && isdigit((int)c); }
int iswgraph(wint_t c) { return ASCII(c) && isgraph((int)c); }
int iswlower(wint_t c) { return ASCII(c) && islower((int)c); }
int iswprint(wint_t c) { return ASCII(c) && isprint((int)c); }
int iswpunct(wint_t c) { return ASCII(c) && ispunct((int)c); }
int iswspace(wint_t c) { return ASCII(c) && isspace((int)c); }
int iswupper(wint_t c) { return ASCII(c) && isupper((int)c); }
int iswxdigit(wint_t c) { return ASCII(c) && isxdigit((int)c); }
wint_t towlower(wint_t c) { return ASCII(c) ? (wint_t)tolower((int)c) : c; }
wint_t towupper(wint_t c) { return ASCII(c) ? (wint_t)toupper((int)c) : c; }

static const char *const classes[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
                                      "lower", "print", "punct", "space", "upper", "xdigit"};

wctype_t wctype(const char *name) {
    for (int i = 0; i < 12; i++)
        if (!strcmp(name, classes[i])) return (wctype_t)(i + 1);
    return 0;
}

int iswctype(wint_t c, wctype_t t) {
    switch (t) {
    case 1: return iswalnum(c);
    case 2: return iswalpha(c);
    case 3: return iswblank(c);
    case 4: return iswcntrl(c);
    case 5: return iswdigit(c);
    case 6: return iswgraph(c);
    case 7: return iswlower(c);
    case 8: return iswprint(c);
    case 9: return iswpunct(c);
    case 10: return iswspace(c);
    case 11: return iswupper(c);
    case 12: return iswxdigit(c);
    }
    return 0;
}

static const int trans_lower = 1, trans_upper = 2;

wctrans_t wctrans(const char *name) {
    if (!strcmp(name, "tolower")) return &trans_lower;
    if (!strcmp(name, "toupper")) return &trans_upper;
    return 0;
}

wint_t towctrans(wint_t c, wctrans_t t) {
    if (t == &trans_lower) return towlower(c);
    if (t == &trans_upper) return towupper(c);
    return c;
}
