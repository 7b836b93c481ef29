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
