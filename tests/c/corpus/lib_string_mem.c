/* string.h: memcpy, memmove (overlap both directions), memset, memcmp (sign only), memchr */
#include <stdio.h>
#include <string.h>

static const char *sgn(int r) { return r < 0 ? "<0" : r > 0 ? ">0" : "==0"; }

static void dump(const char *label, const unsigned char *p, size_t n) {
    printf("%-12s", label);
    for (size_t i = 0; i < n; i++) printf("%02x", p[i]);
    printf("\n");
}

int main(void) {
    unsigned char a[32], b[32];
    for (int i = 0; i < 32; i++) a[i] = (unsigned char)(i * 7 + 1);
    memcpy(b, a, 32);
    dump("memcpy", b, 32);
    printf("memcpy ret ok: %d\n", memcpy(b, a, 0) == b);
    memmove(a + 4, a, 16);
    dump("move right", a, 32);
    for (int i = 0; i < 32; i++) a[i] = (unsigned char)i;
    memmove(a, a + 5, 20);
    dump("move left", a, 32);
    for (int i = 0; i < 32; i++) a[i] = (unsigned char)i;
    memmove(a + 1, a, 31);
    dump("move by 1", a, 32);
    memmove(a, a, 32);
    dump("move self", a, 32);
    char s[] = "0123456789abcdef";
    memmove(s + 3, s + 1, 10);
    printf("str move: %s\n", s);
    memset(b, 0xAB, 10);
    memset(b + 10, 0, 5);
    memset(b + 15, 0x1FF, 3);
    dump("memset", b, 20);
    printf("memset ret ok: %d\n", memset(b, 0, 0) == b);
    printf("memcmp eq %s\n", sgn(memcmp("abc", "abc", 3)));
    printf("memcmp lt %s\n", sgn(memcmp("abc", "abd", 3)));
    printf("memcmp gt %s\n", sgn(memcmp("abd", "abc", 3)));
    printf("memcmp n0 %s\n", sgn(memcmp("x", "y", 0)));
    printf("memcmp prefix %s\n", sgn(memcmp("abcX", "abcY", 3)));
    unsigned char hi[2] = {0x80, 0}, lo[2] = {0x7f, 0};
    printf("memcmp unsigned bytes %s %s\n", sgn(memcmp(hi, lo, 1)), sgn(memcmp(lo, hi, 1)));
    unsigned char z1[3] = {1, 0, 2}, z2[3] = {1, 0, 3};
    printf("memcmp past NUL %s\n", sgn(memcmp(z1, z2, 3)));
    const char *text = "find the x in here, and another x";
    const char *p = memchr(text, 'x', strlen(text));
    printf("memchr x at %td\n", p ? p - text : -1);
    p = memchr(text, 'x', 5);
    printf("memchr x within 5: %s\n", p ? "found" : "null");
    p = memchr(text, 'q', strlen(text) + 1);
    printf("memchr q: %s\n", p ? "found" : "null");
    p = memchr(text, '\0', strlen(text) + 1);
    printf("memchr NUL at %td\n", p ? p - text : -1);
    unsigned char bytes[5] = {1, 200, 3, 200, 5};
    unsigned char *q = memchr(bytes, 200, 5);
    printf("memchr 200 at %td\n", q ? q - bytes : -1);
    q = memchr(bytes, 200 + 256, 5);
    printf("memchr 456 at %td\n", q ? q - bytes : -1);
    return 0;
}
