/* program: string search algorithms (naive, KMP, Boyer-Moore-Horspool, Rabin-Karp) agreeing on all matches */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static int naive(const char *t, const char *p, int *out) {
    int n = (int)strlen(t), m = (int)strlen(p), c = 0;
    for (int i = 0; i + m <= n; i++) if (memcmp(t + i, p, (size_t)m) == 0) out[c++] = i;
    return c;
}
static int kmp(const char *t, const char *p, int *out) {
    int n = (int)strlen(t), m = (int)strlen(p), c = 0, fail[64];
    fail[0] = 0;
    for (int i = 1, k = 0; i < m; i++) {
        while (k && p[i] != p[k]) k = fail[k - 1];
        if (p[i] == p[k]) k++;
        fail[i] = k;
    }
    for (int i = 0, k = 0; i < n; i++) {
        while (k && t[i] != p[k]) k = fail[k - 1];
        if (t[i] == p[k]) k++;
        if (k == m) { out[c++] = i - m + 1; k = fail[k - 1]; }
    }
    return c;
}
static int horspool(const char *t, const char *p, int *out) {
    int n = (int)strlen(t), m = (int)strlen(p), c = 0, shift[256];
    for (int i = 0; i < 256; i++) shift[i] = m;
    for (int i = 0; i < m - 1; i++) shift[(unsigned char)p[i]] = m - 1 - i;
    for (int i = 0; i + m <= n;) {
        if (memcmp(t + i, p, (size_t)m) == 0) out[c++] = i;
        i += shift[(unsigned char)t[i + m - 1]];
    }
    return c;
}
static int rabin_karp(const char *t, const char *p, int *out) {
    int n = (int)strlen(t), m = (int)strlen(p), c = 0;
    if (m > n) return 0;
    const uint32_t B = 257, M = 1000000007u;
    uint64_t hp = 0, ht = 0, pw = 1;
    for (int i = 0; i < m; i++) { hp = (hp * B + (unsigned char)p[i]) % M; ht = (ht * B + (unsigned char)t[i]) % M; if (i) pw = pw * B % M; }
    for (int i = 0;; i++) {
        if (hp == ht && memcmp(t + i, p, (size_t)m) == 0) out[c++] = i;
        if (i + m >= n) break;
        ht = (ht + M - (unsigned char)t[i] * pw % M) % M;
        ht = (ht * B + (unsigned char)t[i + m]) % M;
    }
    return c;
}

int main(void) {
    static char text[4096];
    const char *words[] = {"abra", "cad", "abracadabra", "a", "b", "ra", "dab"};
    unsigned s = 3;
    text[0] = 0;
    for (int i = 0; i < 300; i++) { s = s * 1103515245u + 12345u; strcat(text, words[(s >> 16) % 7]); }
    printf("text length %zu, starts: %.60s\n", strlen(text), text);
    const char *pats[] = {"abracadabra", "aa", "abab", "dabra", "cadcad", "zzz", "a", "bracadabraabra"};
    for (int i = 0; i < 8; i++) {
        static int r1[4096], r2[4096], r3[4096], r4[4096];
        int c1 = naive(text, pats[i], r1), c2 = kmp(text, pats[i], r2), c3 = horspool(text, pats[i], r3), c4 = rabin_karp(text, pats[i], r4);
        int agree = c1 == c2 && c1 == c3 && c1 == c4 && !memcmp(r1, r2, sizeof(int) * (size_t)c1) && !memcmp(r1, r3, sizeof(int) * (size_t)c1) && !memcmp(r1, r4, sizeof(int) * (size_t)c1);
        printf("%-15s count %4d agree %d first:", pats[i], c1, agree);
        for (int k = 0; k < c1 && k < 6; k++) printf(" %d", r1[k]);
        printf("\n");
    }
    return 0;
}
