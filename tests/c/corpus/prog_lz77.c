/* program: LZ77 (sliding window, greedy longest match) and RLE compress/decompress round trips with checksums */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stdlib.h>

#define WINDOW 255
#define MAXLEN 18

/* token: 0x00 lit | 0x01 offset len */
static size_t lz_compress(const unsigned char *in, size_t n, unsigned char *out) {
    size_t i = 0, o = 0;
    while (i < n) {
        size_t best_len = 0, best_off = 0;
        size_t start = i > WINDOW ? i - WINDOW : 0;
        for (size_t j = start; j < i; j++) {
            size_t k = 0;
            while (k < MAXLEN && i + k < n && in[j + k] == in[i + k]) k++;
            if (k > best_len) { best_len = k; best_off = i - j; }
        }
        if (best_len >= 3) {
            out[o++] = 1; out[o++] = (unsigned char)best_off; out[o++] = (unsigned char)best_len;
            i += best_len;
        } else {
            out[o++] = 0; out[o++] = in[i++];
        }
    }
    return o;
}

static size_t lz_decompress(const unsigned char *in, size_t n, unsigned char *out) {
    size_t i = 0, o = 0;
    while (i < n) {
        if (in[i] == 0) { out[o++] = in[i + 1]; i += 2; }
        else {
            size_t off = in[i + 1], len = in[i + 2];
            for (size_t k = 0; k < len; k++, o++) out[o] = out[o - off];
            i += 3;
        }
    }
    return o;
}

static size_t rle_compress(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t run = 1;
        while (i + run < n && run < 255 && in[i + run] == in[i]) run++;
        out[o++] = (unsigned char)run;
        out[o++] = in[i];
        i += run;
    }
    return o;
}

static size_t rle_decompress(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i += 2) for (int k = 0; k < in[i]; k++) out[o++] = in[i + 1];
    return o;
}

static uint32_t sum32(const unsigned char *p, size_t n) {
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) { a = (a + p[i]) % 65521u; b = (b + a) % 65521u; }
    return b << 16 | a;
}

static void test(const char *name, const unsigned char *data, size_t n) {
    unsigned char *c = malloc(n * 3 + 16), *d = malloc(n + 16);
    size_t cl = lz_compress(data, n, c);
    size_t dl = lz_decompress(c, cl, d);
    int ok = dl == n && memcmp(d, data, n) == 0;
    size_t rl = rle_compress(data, n, c);
    size_t rdl = rle_decompress(c, rl, d);
    int rok = rdl == n && memcmp(d, data, n) == 0;
    printf("%-12s n=%5zu lz=%5zu (%s) rle=%5zu (%s) adler=%08x\n", name, n, cl, ok ? "ok" : "BAD", rl, rok ? "ok" : "BAD", (unsigned)sum32(data, n));
    free(c);
    free(d);
}

int main(void) {
    const char *text = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, "
                       "it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness.";
    test("text", (const unsigned char *)text, strlen(text));
    static unsigned char buf[4000];
    memset(buf, 'a', sizeof buf);
    test("all-same", buf, 1000);
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)("abcabcabd"[i % 9]);
    test("periodic", buf, 3000);
    uint32_t x = 1;
    for (size_t i = 0; i < sizeof buf; i++) { x = x * 1103515245u + 12345u; buf[i] = (unsigned char)(x >> 24); }
    test("random", buf, 2000);
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)(i / 37);
    test("runs", buf, 4000);
    test("empty", buf, 0);
    test("one", buf, 1);
    return 0;
}
