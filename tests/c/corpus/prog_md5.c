/* program: MD5 implemented by hand (RFC 1321) over the RFC test vectors and a generated ~100 KB message */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static const uint32_t K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
static const int R[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                          4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};

struct md5 { uint32_t h[4]; unsigned char buf[64]; size_t used; uint64_t len; };

static uint32_t rotl(uint32_t x, int c) { return (x << c) | (x >> (32 - c)); }

static void block(struct md5 *m, const unsigned char *p) {
    uint32_t w[16];
    for (int i = 0; i < 16; i++) w[i] = (uint32_t)p[i * 4] | (uint32_t)p[i * 4 + 1] << 8 | (uint32_t)p[i * 4 + 2] << 16 | (uint32_t)p[i * 4 + 3] << 24;
    uint32_t a = m->h[0], b = m->h[1], c = m->h[2], d = m->h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
        else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
        else { f = c ^ (b | ~d); g = (7 * i) % 16; }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rotl(a + f + K[i] + w[g], R[i]);
        a = t;
    }
    m->h[0] += a; m->h[1] += b; m->h[2] += c; m->h[3] += d;
}

static void md5_init(struct md5 *m) { m->h[0] = 0x67452301; m->h[1] = 0xefcdab89; m->h[2] = 0x98badcfe; m->h[3] = 0x10325476; m->used = 0; m->len = 0; }
static void md5_update(struct md5 *m, const void *data, size_t n) {
    const unsigned char *p = data;
    m->len += n;
    while (n) {
        size_t take = 64 - m->used < n ? 64 - m->used : n;
        memcpy(m->buf + m->used, p, take);
        m->used += take; p += take; n -= take;
        if (m->used == 64) { block(m, m->buf); m->used = 0; }
    }
}
static void md5_final(struct md5 *m, char hex[33]) {
    uint64_t bits = m->len * 8;
    unsigned char pad = 0x80, zero = 0;
    md5_update(m, &pad, 1);
    while (m->used != 56) md5_update(m, &zero, 1);
    unsigned char lenb[8];
    for (int i = 0; i < 8; i++) lenb[i] = (unsigned char)(bits >> (8 * i));
    md5_update(m, lenb, 8);
    for (int i = 0; i < 16; i++) sprintf(hex + 2 * i, "%02x", (unsigned)(m->h[i / 4] >> (8 * (i % 4))) & 0xff);
}

int main(void) {
    const char *v[] = {"", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz",
                       "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
                       "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
                       "The quick brown fox jumps over the lazy dog", "The quick brown fox jumps over the lazy dog."};
    char hex[33];
    for (int i = 0; i < 9; i++) {
        struct md5 m;
        md5_init(&m);
        md5_update(&m, v[i], strlen(v[i]));
        md5_final(&m, hex);
        printf("MD5(\"%s\") = %s\n", v[i], hex);
    }
    struct md5 m;
    md5_init(&m);
    unsigned char chunk[1000];
    for (int k = 0; k < 100; k++) {
        for (int i = 0; i < 1000; i++) chunk[i] = (unsigned char)(i * 7 + k);
        md5_update(&m, chunk, (size_t)(k % 7 == 0 ? 999 : 1000));
    }
    md5_final(&m, hex);
    printf("MD5(generated ~100KB) = %s\n", hex);
    for (size_t len = 54; len <= 66; len += 4) {
        md5_init(&m);
        memset(chunk, 'x', len);
        md5_update(&m, chunk, len);
        md5_final(&m, hex);
        printf("MD5(%zu x's) = %s\n", len, hex);
    }
    return 0;
}
