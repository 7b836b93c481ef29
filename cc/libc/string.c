/* <string.h>: the scans and copies are single VM instructions (bounds-
   checked, no byte-at-a-time interpretation); the rest is plain C. */
#include <string.h>
#include <stdlib.h>

void *memcpy(void *d, const void *s, size_t n) { __builtin_vox("memcpy", d, s, n); return d; }
void *memmove(void *d, const void *s, size_t n) { __builtin_vox("memcpy", d, s, n); return d; }
void *memset(void *d, int c, size_t n) { __builtin_vox("memset", d, c, n); return d; }
int memcmp(const void *a, const void *b, size_t n) { return (int)__builtin_vox("memcmp", a, b, n); }
void *memchr(const void *s, int c, size_t n) { return (void *)__builtin_vox("memchr", s, c, n); }
size_t strlen(const char *s) { return __builtin_vox("strlen", s); }
int strcmp(const char *a, const char *b) { return (int)__builtin_vox("strcmp", a, b); }
char *strchr(const char *s, int c) { return (char *)__builtin_vox("strchr", s, c); }

size_t strnlen(const char *s, size_t n) {
    const char *p = memchr(s, 0, n);
    return p ? (size_t)(p - s) : n;
}

char *strcpy(char *d, const char *s) {
    memcpy(d, s, strlen(s) + 1);
    return d;
}

char *strncpy(char *d, const char *s, size_t n) {
    size_t k = strnlen(s, n);
    memcpy(d, s, k);
    if (k < n) memset(d + k, 0, n - k);
    return d;
}

char *strcat(char *d, const char *s) {
    strcpy(d + strlen(d), s);
    return d;
}

char *strncat(char *d, const char *s, size_t n) {
    char *e = d + strlen(d);
    size_t k = strnlen(s, n);
    memcpy(e, s, k);
    e[k] = 0;
    return d;
}

int strncmp(const char *a, const char *b, size_t n) {
    for (; n; n--, a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x != y) return x < y ? -1 : 1;
        if (!x) return 0;
    }
    return 0;
}

int strcoll(const char *a, const char *b) { return strcmp(a, b); }

size_t strxfrm(char *d, const char *s, size_t n) {
    size_t k = strlen(s);
    if (k < n) memcpy(d, s, k + 1);
    return k;
}

/* Every locale is the C locale: collation is byte order. */
int strcoll_l(const char *a, const char *b, locale_t loc) {
    (void)loc;
    return strcmp(a, b);
}

size_t strxfrm_l(char *d, const char *s, size_t n, locale_t loc) {
    (void)loc;
    return strxfrm(d, s, n);
}

char *strrchr(const char *s, int c) {
    const char *last = 0;
    for (;;) {
        const char *p = strchr(s, c);
        if (!p) return (char *)last;
        last = p;
        if (!(char)c) return (char *)p;
        s = p + 1;
    }
}

char *strstr(const char *h, const char *n) {
    size_t k = strlen(n);
    if (!k) return (char *)h;
    for (; (h = strchr(h, *n)) != 0; h++)
        if (!strncmp(h, n, k)) return (char *)h;
    return 0;
}

size_t strspn(const char *s, const char *accept) {
    size_t i = 0;
    while (s[i] && strchr(accept, s[i])) i++;
    return i;
}

size_t strcspn(const char *s, const char *reject) {
    size_t i = 0;
    while (s[i] && !strchr(reject, s[i])) i++;
    return i;
}

char *strpbrk(const char *s, const char *accept) {
    s += strcspn(s, accept);
    return *s ? (char *)s : 0;
}

char *strtok(char *s, const char *delim) {
    static char *next;
    if (!s) s = next;
    if (!s) return 0;
    s += strspn(s, delim);
    if (!*s) {
        next = 0;
        return 0;
    }
    char *e = s + strcspn(s, delim);
    if (*e) {
        *e = 0;
        next = e + 1;
    } else {
        next = 0;
    }
    return s;
}

char *strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    return d ? memcpy(d, s, n) : 0;
}

char *strndup(const char *s, size_t n) {
    size_t k = strnlen(s, n);
    char *d = malloc(k + 1);
    if (!d) return 0;
    memcpy(d, s, k);
    d[k] = 0;
    return d;
}

size_t strlcpy(char *restrict dst, const char *restrict src, size_t size) {
    size_t n = strlen(src);
    if (size) {
        size_t k = n < size - 1 ? n : size - 1;
        memcpy(dst, src, k);
        dst[k] = 0;
    }
    return n;
}

size_t strlcat(char *restrict dst, const char *restrict src, size_t size) {
    size_t d = strnlen(dst, size);
    /* No terminator within size: nothing is written. */
    if (d == size) return size + strlen(src);
    return d + strlcpy(dst + d, src, size - d);
}

void *rawmemchr(const void *s, int c) {
    const unsigned char *p = s;
    while (*p != (unsigned char)c) p++;
    return (void *)p;
}
