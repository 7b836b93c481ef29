/* program: classical ciphers: Caesar with frequency-analysis cracking, Vigenere, ROT13, XOR with hex output, Atbash */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

static void caesar(const char *in, char *out, int k) {
    for (; *in; in++, out++) {
        if (isupper((unsigned char)*in)) *out = (char)('A' + (*in - 'A' + k + 26) % 26);
        else if (islower((unsigned char)*in)) *out = (char)('a' + (*in - 'a' + k + 26) % 26);
        else *out = *in;
    }
    *out = 0;
}
static void vigenere(const char *in, char *out, const char *key, int dir) {
    size_t kl = strlen(key), j = 0;
    for (; *in; in++, out++) {
        if (isalpha((unsigned char)*in)) {
            int base = isupper((unsigned char)*in) ? 'A' : 'a';
            int k = tolower((unsigned char)key[j++ % kl]) - 'a';
            *out = (char)(base + (*in - base + dir * k + 26) % 26);
        } else *out = *in;
    }
    *out = 0;
}
static int crack(const char *ct) {
    static const double eng[26] = {8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074};
    int cnt[26] = {0}, total = 0;
    for (const char *p = ct; *p; p++) if (isalpha((unsigned char)*p)) { cnt[tolower((unsigned char)*p) - 'a']++; total++; }
    int best = 0;
    double bestscore = 1e300;
    for (int shift = 0; shift < 26; shift++) {
        double chi = 0;
        for (int i = 0; i < 26; i++) {
            double expct = eng[i] * total / 100.0;
            double d = cnt[(i + shift) % 26] - expct;
            chi += d * d / expct;
        }
        if (chi < bestscore) { bestscore = chi; best = shift; }
    }
    return best;
}

int main(void) {
    const char *plain = "Meet me near the old clock tower at seven o'clock, and bring the documents with you. Trust nobody!";
    char a[256], b[256];
    for (int k = 1; k <= 25; k += 8) {
        caesar(plain, a, k);
        int guess = crack(a);
        caesar(a, b, -guess);
        printf("caesar %2d: %.40s... cracked shift %2d %s\n", k, a, guess, strcmp(b, plain) == 0 ? "ok" : "FAIL");
    }
    vigenere(plain, a, "LEMON", 1);
    vigenere(a, b, "LEMON", -1);
    printf("vigenere: %s\n  back: %s\n", a, strcmp(b, plain) == 0 ? "ok" : "FAIL");
    caesar(plain, a, 13);
    caesar(a, b, 13);
    printf("rot13: %s (twice: %s)\n", a, strcmp(b, plain) == 0 ? "identity" : "FAIL");
    printf("xor 0x5A:");
    for (const char *p = "Secret!"; *p; p++) printf(" %02x", (unsigned)((unsigned char)*p ^ 0x5A));
    printf("\n");
    char at[64];
    const char *w = "Wizard of Oz";
    size_t i = 0;
    for (; w[i]; i++) at[i] = isupper((unsigned char)w[i]) ? (char)('Z' - (w[i] - 'A')) : islower((unsigned char)w[i]) ? (char)('z' - (w[i] - 'a')) : w[i];
    at[i] = 0;
    printf("atbash: %s\n", at);
    return 0;
}
