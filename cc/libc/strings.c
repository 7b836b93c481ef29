/* <strings.h>: the BSD string functions, in the C locale. */
#include <strings.h>
#include <string.h>
#include <ctype.h>

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
