/* printf: pseudo-random 64-bit values through %lld %llu %llx %llo, checked against a hand-written converter */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static void conv(unsigned long long v, unsigned base, int upper, char *out) {
    char tmp[70];
    int n = 0;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do { tmp[n++] = digits[v % base]; v /= base; } while (v);
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    out[n] = 0;
}

int main(void) {
    uint64_t x = 0x123456789abcdefull;
    int bad = 0;
    unsigned long hash = 0;
    for (int i = 0; i < 5000; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        unsigned long long u = x >> (i % 64);
        long long s = (long long)u;
        char got[80], want[80];
        sprintf(got, "%llu", u); conv(u, 10, 0, want); bad += strcmp(got, want) != 0;
        sprintf(got, "%llx", u); conv(u, 16, 0, want); bad += strcmp(got, want) != 0;
        sprintf(got, "%llX", u); conv(u, 16, 1, want); bad += strcmp(got, want) != 0;
        sprintf(got, "%llo", u); conv(u, 8, 0, want); bad += strcmp(got, want) != 0;
        sprintf(got, "%lld", s);
        if (s < 0) { want[0] = '-'; conv(0ull - (unsigned long long)s, 10, 0, want + 1); } else conv((unsigned long long)s, 10, 0, want);
        bad += strcmp(got, want) != 0;
        int si = (int)(s % 1000000);
        sprintf(got, "%d|%5d|%-7d|%+d", si, si, si, si);
        for (char *p = got; *p; p++) hash = hash * 31 + (unsigned char)*p;
        if (i < 8) printf("%20llu %016llx %22llo %21lld\n", u, u, u, s);
    }
    printf("mismatches=%d hash=%lu\n", bad, hash);
    return bad != 0;
}
