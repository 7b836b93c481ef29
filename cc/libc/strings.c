/* <strings.h>: the BSD string functions, in the C locale. */
#include <strings.h>
#include <string.h>
#include <ctype.h>
#include <sys/types.h>

int strcasecmp(const char *a, const char *b) {
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    for (;; x++, y++) {
        int d = tolower(*x) - tolower(*y);
        if (d || !*x) return d;
    }
}

int strncasecmp(const char *a, const char *b, size_t n) {
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    for (; n; n--, x++, y++) {
        int d = tolower(*x) - tolower(*y);
        if (d || !*x) return d;
    }
    return 0;
}

int strcasecmp_l(const char *a, const char *b, locale_t loc) {
    (void)loc;
    return strcasecmp(a, b);
}

int strncasecmp_l(const char *a, const char *b, size_t n, locale_t loc) {
    (void)loc;
    return strncasecmp(a, b, n);
}

void bzero(void *s, size_t n) { memset(s, 0, n); }

int bcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n); }

void bcopy(const void *src, void *dst, size_t n) { memmove(dst, src, n); }

char *index(const char *s, int c) { return strchr(s, c); }

char *rindex(const char *s, int c) { return strrchr(s, c); }

int ffs(int i) { return __builtin_ffs(i); }
int ffsl(long i) { return __builtin_ffsl(i); }
int ffsll(long long i) { return __builtin_ffsll(i); }

/* The POSIX and GNU string functions glibc's <string.h> declares. */

char *strtok_r(char *s, const char *delim, char **save) {
    if (!s) s = *save;
    if (!s) return 0;
    s += strspn(s, delim);
    if (!*s) {
        *save = 0;
        return 0;
    }
    char *e = s + strcspn(s, delim);
    if (*e) {
        *e = 0;
        *save = e + 1;
    } else {
        *save = 0;
    }
    return s;
}

char *strsep(char **sp, const char *delim) {
    char *s = *sp;
    if (!s) return 0;
    char *e = s + strcspn(s, delim);
    if (*e) {
        *e = 0;
        *sp = e + 1;
    } else {
        *sp = 0;
    }
    return s;
}

char *stpcpy(char *dst, const char *src) {
    size_t n = strlen(src);
    memcpy(dst, src, n + 1);
    return dst + n;
}

void *mempcpy(void *dst, const void *src, size_t n) {
    return (char *)memcpy(dst, src, n) + n;
}

char *stpncpy(char *dst, const char *src, size_t n) {
    size_t k = strnlen(src, n);
    memcpy(dst, src, k);
    memset(dst + k, 0, n - k);
    return dst + k;
}

void *memmem(const void *hay, size_t hn, const void *needle, size_t nn) {
    const unsigned char *h = hay, *n = needle;
    if (nn == 0) return (void *)h;
    if (hn < nn) return 0;
    for (size_t i = 0; i + nn <= hn; i++)
        if (h[i] == n[0] && !memcmp(h + i, n, nn)) return (void *)(h + i);
    return 0;
}

void *memrchr(const void *s, int c, size_t n) {
    const unsigned char *p = s;
    while (n--)
        if (p[n] == (unsigned char)c) return (void *)(p + n);
    return 0;
}

char *strchrnul(const char *s, int c) {
    while (*s && *s != (char)c) s++;
    return (char *)s;
}

char *strcasestr(const char *hay, const char *needle) {
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (!strncasecmp(hay, needle, n)) return (char *)hay;
    return n ? 0 : (char *)hay;
}

/* memccpy (POSIX, C23): copies up to and including the first `c`. */
void *memccpy(void *restrict d, const void *restrict s, int c, size_t n) {
    unsigned char *dp = d;
    const unsigned char *sp = s;
    for (size_t i = 0; i < n; i++) {
        dp[i] = sp[i];
        if (sp[i] == (unsigned char)c) return dp + i + 1;
    }
    return 0;
}

/* explicit_bzero: a memset the compiler may not drop (voxcc drops none). */
void explicit_bzero(void *p, size_t n) {
    volatile unsigned char *v = p;
    while (n--) *v++ = 0;
}

/* strverscmp (GNU): strings compare as strings, except that digit runs
   compare as numbers, and a run with leading zeros as a fraction. The
   state machine is glibc's documented one: a state says what the common
   prefix ended in (plain, integral digits, fraction, leading zeros), and a
   table says how the first differing pair decides. */
enum { VS_N = 0, VS_I = 3, VS_F = 6, VS_Z = 9 };
enum { VS_CMP = 2, VS_LEN = 3 };

static int vclass(unsigned char c) { return (c == '0') + (isdigit(c) != 0); }

int strverscmp(const char *a, const char *b) {
    static const signed char next[] = {
        /* x     d     0 */
        VS_N, VS_I, VS_Z, /* VS_N */
        VS_N, VS_I, VS_I, /* VS_I */
        VS_N, VS_F, VS_F, /* VS_F */
        VS_N, VS_F, VS_Z, /* VS_Z */
    };
    static const signed char result[] = {
        /* x/x   x/d     x/0     d/x     d/d     d/0     0/x     0/d     0/0 */
        VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_LEN, VS_CMP, VS_CMP, VS_CMP, VS_CMP, /* VS_N */
        VS_CMP, -1,     -1,     +1,     VS_LEN, VS_LEN, +1,     VS_LEN, VS_LEN, /* VS_I */
        VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_CMP, VS_CMP, /* VS_F */
        VS_CMP, +1,     +1,     -1,     VS_CMP, VS_CMP, -1,     VS_CMP, VS_CMP, /* VS_Z */
    };
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    if (p == q) return 0;
    unsigned char c1 = *p++, c2 = *q++;
    int state = VS_N + vclass(c1);
    int diff;
    while ((diff = c1 - c2) == 0) {
        if (!c1) return 0;
        state = next[state];
        c1 = *p++;
        c2 = *q++;
        state += vclass(c1);
    }
    int r = result[state * 3 + vclass(c2)];
    if (r == VS_CMP) return diff;
    if (r == VS_LEN) {
        while (isdigit(*p++))
            if (!isdigit(*q++)) return 1;
        return isdigit(*q) ? -1 : diff;
    }
    return r;
}

/* swab (XSI): copies pairs of bytes, swapped; an odd last byte is left. */
void swab(const void *restrict s, void *restrict d, ssize_t n) {
    const unsigned char *sp = s;
    unsigned char *dp = d;
    for (ssize_t i = 0; i + 1 < n; i += 2) {
        unsigned char t = sp[i];
        dp[i] = sp[i + 1];
        dp[i + 1] = t;
    }
}
