/* program: a growable string builder (realloc doubling) with append, printf-append, insert, replace-all */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

struct sb { char *data; size_t len, cap; int grows; };

static void sb_reserve(struct sb *b, size_t need) {
    if (need + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 16;
    while (cap < need + 1) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) exit(99);
    b->data = d;
    b->cap = cap;
    b->grows++;
}
static void sb_append(struct sb *b, const char *s) {
    size_t n = strlen(s);
    sb_reserve(b, b->len + n);
    memcpy(b->data + b->len, s, n + 1);
    b->len += n;
}
static void sb_printf(struct sb *b, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    sb_reserve(b, b->len + (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
}
static void sb_insert(struct sb *b, size_t pos, const char *s) {
    size_t n = strlen(s);
    sb_reserve(b, b->len + n);
    memmove(b->data + pos + n, b->data + pos, b->len - pos + 1);
    memcpy(b->data + pos, s, n);
    b->len += n;
}
static int sb_replace_all(struct sb *b, const char *from, const char *to) {
    struct sb out = {0};
    sb_reserve(&out, b->len);
    size_t fl = strlen(from);
    int count = 0;
    const char *p = b->data, *q;
    while ((q = strstr(p, from)) != NULL) {
        sb_reserve(&out, out.len + (size_t)(q - p));
        memcpy(out.data + out.len, p, (size_t)(q - p));
        out.len += (size_t)(q - p);
        out.data[out.len] = 0;
        sb_append(&out, to);
        p = q + fl;
        count++;
    }
    sb_append(&out, p);
    free(b->data);
    int grows = b->grows;
    *b = out;
    b->grows += grows;
    return count;
}

int main(void) {
    struct sb b = {0};
    sb_append(&b, "");
    printf("empty: len=%zu [%s]\n", b.len, b.data);
    for (int i = 0; i < 30; i++) sb_printf(&b, "%d^2=%d; ", i, i * i);
    printf("len=%zu cap=%zu grows=%d\n", b.len, b.cap, b.grows);
    printf("%.80s...\n", b.data);
    int n = sb_replace_all(&b, "; ", "\n");
    printf("replaced %d separators, len now %zu\n", n, b.len);
    sb_insert(&b, 0, "squares:\n");
    sb_insert(&b, 9, ">> ");
    char *last = strrchr(b.data, '\n');
    printf("first 40: [%.40s] last newline at %td\n", b.data, last - b.data);
    n = sb_replace_all(&b, "^2", " squared");
    printf("replaced %d, len %zu\n", n, b.len);
    int lines = 0;
    for (char *p = b.data; *p; p++) lines += *p == '\n';
    printf("lines=%d\n", lines);
    fputs(b.data + b.len - 60, stdout);
    printf("<end>\n");
    n = sb_replace_all(&b, "zzz", "y");
    printf("no-op replace count=%d\n", n);
    struct sb big = {0};
    for (int i = 0; i < 5000; i++) sb_append(&big, "abcdefghij");
    unsigned h = 0;
    for (size_t i = 0; i < big.len; i++) h = h * 131u + (unsigned char)big.data[i];
    printf("big len=%zu cap=%zu grows=%d hash=%u\n", big.len, big.cap, big.grows, h);
    free(big.data);
    free(b.data);
    return 0;
}
