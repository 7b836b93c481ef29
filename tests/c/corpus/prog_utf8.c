/* program: UTF-8 encoder/decoder with validation (overlong, surrogates, truncation), code point stats and round trip */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static int encode(uint32_t cp, unsigned char *out) {
    if (cp < 0x80) { out[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { out[0] = (unsigned char)(0xC0 | cp >> 6); out[1] = (unsigned char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    if (cp < 0x10000) { out[0] = (unsigned char)(0xE0 | cp >> 12); out[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F)); out[2] = (unsigned char)(0x80 | (cp & 0x3F)); return 3; }
    if (cp <= 0x10FFFF) {
        out[0] = (unsigned char)(0xF0 | cp >> 18); out[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F)); out[3] = (unsigned char)(0x80 | (cp & 0x3F));
        return 4;
    }
    return 0;
}

/* returns length consumed, or -1 on error; stores code point */
static int decode(const unsigned char *s, size_t n, uint32_t *cp) {
    if (n == 0) return -1;
    unsigned char c = s[0];
    int len;
    uint32_t v, min;
    if (c < 0x80) { *cp = c; return 1; }
    else if ((c & 0xE0) == 0xC0) { len = 2; v = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; v = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; v = c & 0x07; min = 0x10000; }
    else return -1;
    if ((size_t)len > n) return -1;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return -1;
        v = v << 6 | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return -1;
    *cp = v;
    return len;
}

static void analyse(const char *label, const char *str, size_t n) {
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    int count = 0, errors = 0, widths[5] = {0};
    printf("%-10s:", label);
    while (i < n) {
        uint32_t cp;
        int l = decode(s + i, n - i, &cp);
        if (l < 0) { printf(" <err@%zu>", i); errors++; i++; continue; }
        printf(" U+%04X", (unsigned)cp);
        widths[l]++;
        count++;
        i += (size_t)l;
    }
    printf("\n%-10s  chars=%d errors=%d by length 1:%d 2:%d 3:%d 4:%d\n", "", count, errors, widths[1], widths[2], widths[3], widths[4]);
}

int main(void) {
    analyse("ascii", "Hi!", 3);
    analyse("latin", "caf\xc3\xa9 na\xc3\xafve", 12);
    analyse("mixed", "\xe2\x82\xac" "1 \xe4\xb8\xad\xe6\x96\x87 \xf0\x9f\x98\x80", 15);
    analyse("overlong", "\xc0\xaf \xe0\x80\xaf", 6);
    analyse("surrogate", "\xed\xa0\x80", 3);
    analyse("truncated", "ab\xe2\x82", 4);
    analyse("bad lead", "\x80\xbf\xff\xfe", 4);
    analyse("too big", "\xf4\x90\x80\x80", 4);
    uint32_t tests[] = {0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0xD800, 0x110000};
    for (int i = 0; i < 12; i++) {
        unsigned char buf[4];
        int n = encode(tests[i], buf);
        printf("U+%06X ->", (unsigned)tests[i]);
        if (!n) { printf(" invalid\n"); continue; }
        for (int k = 0; k < n; k++) printf(" %02X", buf[k]);
        uint32_t back;
        int m = decode(buf, (size_t)n, &back);
        printf("  (decodes back: %s)\n", m == n && back == tests[i] ? "yes" : "NO");
    }
    long ok = 0, total = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp += 97) {
        unsigned char buf[4];
        int n = encode(cp, buf);
        if (!n) continue;
        total++;
        uint32_t back;
        if (decode(buf, (size_t)n, &back) == n && back == cp) ok++;
    }
    printf("round trip sample: %ld/%ld\n", ok, total);
    printf("raw output: \xe2\x9c\x93 \xc3\xa9 \xf0\x9f\x8e\x89\n");
    return 0;
}
