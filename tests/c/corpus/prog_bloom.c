/* program: Bloom filter with k hash functions (double hashing of FNV/djb2): false-positive rate vs theory */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <math.h>

#define MBITS 8192

static unsigned char bits[MBITS / 8];
static uint32_t h1(const char *s) { uint32_t h = 2166136261u; while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; } return h; }
static uint32_t h2(const char *s) { uint32_t h = 5381; while (*s) h = h * 33u + (unsigned char)*s++; return h | 1u; }
static void add(const char *s, int k) { uint32_t a = h1(s), b = h2(s); for (int i = 0; i < k; i++) { uint32_t x = (a + (uint32_t)i * b) % MBITS; bits[x / 8] |= (unsigned char)(1u << (x % 8)); } }
static int maybe(const char *s, int k) { uint32_t a = h1(s), b = h2(s); for (int i = 0; i < k; i++) { uint32_t x = (a + (uint32_t)i * b) % MBITS; if (!(bits[x / 8] & (1u << (x % 8)))) return 0; } return 1; }

int main(void) {
    int ns[] = {200, 500, 1000, 2000};
    for (int ki = 1; ki <= 7; ki += 2)
        for (int t = 0; t < 4; t++) {
            memset(bits, 0, sizeof bits);
            char key[32];
            for (int i = 0; i < ns[t]; i++) { sprintf(key, "member:%d", i); add(key, ki); }
            int missing = 0;
            for (int i = 0; i < ns[t]; i++) { sprintf(key, "member:%d", i); if (!maybe(key, ki)) missing++; }
            int fp = 0;
            for (int i = 0; i < 2000; i++) { sprintf(key, "other:%d", i); fp += maybe(key, ki); }
            int set = 0;
            for (int i = 0; i < MBITS; i++) set += (bits[i / 8] >> (i % 8)) & 1;
            double theory = pow(1.0 - exp(-(double)ki * ns[t] / MBITS), ki);
            printf("k=%d n=%4d bits set=%4d false negatives=%d false positives=%4d/2000 (%.4f, theory %.4f)\n", ki, ns[t], set, missing, fp, fp / 2000.0, theory);
        }
    return 0;
}
