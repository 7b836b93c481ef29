/* program: base64 encode/decode with padding cases, binary data, invalid input detection and round trips */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t encode(const unsigned char *in, size_t n, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16;
        if (i + 1 < n) v |= (uint32_t)in[i + 1] << 8;
        if (i + 2 < n) v |= in[i + 2];
        out[o++] = tbl[(v >> 18) & 63];
        out[o++] = tbl[(v >> 12) & 63];
        out[o++] = i + 1 < n ? tbl[(v >> 6) & 63] : '=';
        out[o++] = i + 2 < n ? tbl[v & 63] : '=';
    }
    out[o] = 0;
    return o;
}

static int val(char c) {
    const char *p = strchr(tbl, c);
    return (c && p) ? (int)(p - tbl) : -1;
}

static long decode(const char *in, unsigned char *out) {
    size_t n = strlen(in);
    if (n % 4) return -1;
    long o = 0;
    for (size_t i = 0; i < n; i += 4) {
        int a = val(in[i]), b = val(in[i + 1]);
        int c = in[i + 2] == '=' ? 0 : val(in[i + 2]);
        int d = in[i + 3] == '=' ? 0 : val(in[i + 3]);
        if (a < 0 || b < 0 || c < 0 || d < 0) return -1;
        if (in[i + 2] == '=' && in[i + 3] != '=') return -1;
        uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | (uint32_t)d;
        out[o++] = (unsigned char)(v >> 16);
        if (in[i + 2] != '=') out[o++] = (unsigned char)(v >> 8);
        if (in[i + 3] != '=') out[o++] = (unsigned char)v;
    }
    return o;
}

int main(void) {
    const char *tests[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished",
                           "The quick brown fox jumps over the lazy dog.", "\xff\xfe\xfd"};
    char enc[512];
    unsigned char dec[256];
    for (int i = 0; i < 10; i++) {
        size_t n = strlen(tests[i]);
        encode((const unsigned char *)tests[i], n, enc);
        long m = decode(enc, dec);
        int ok = m == (long)n && memcmp(dec, tests[i], n) == 0;
        printf("%-46s -> %s [%s]\n", i == 9 ? "(binary ff fe fd)" : tests[i], enc, ok ? "round trip ok" : "MISMATCH");
    }
    unsigned char bin[200];
    for (int i = 0; i < 200; i++) bin[i] = (unsigned char)(i * 37 + 11);
    int allok = 1;
    for (size_t len = 0; len <= 200; len += 7) {
        encode(bin, len, enc);
        long m = decode(enc, dec);
        if (m != (long)len || memcmp(dec, bin, len) != 0) allok = 0;
    }
    encode(bin, 60, enc);
    printf("binary 60 bytes: %s\n", enc);
    printf("binary round trips: %s\n", allok ? "all ok" : "FAILED");
    const char *bad[] = {"abc", "ab=c", "a@cd", "====", "Zg=="};
    for (int i = 0; i < 5; i++) {
        long m = decode(bad[i], dec);
        printf("decode(\"%s\") = %ld", bad[i], m);
        if (m >= 0) printf(" \"%.*s\"", (int)m, (const char *)dec);
        printf("\n");
    }
    return 0;
}
