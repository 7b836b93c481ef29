/* unsigned 64-bit arithmetic: division, modulo, xorshift, multiply-high via halves */
#include <stdio.h>
#include <stdint.h>

static uint64_t mulhi(uint64_t a, uint64_t b) {
    uint64_t al = a & 0xffffffffu, ah = a >> 32, bl = b & 0xffffffffu, bh = b >> 32;
    uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

int main(void) {
    unsigned long x = 88172645463325252ul;
    int i;
    for (i = 0; i < 6; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        printf("xorshift %lu\n", x);
    }
    unsigned long big = 18446744073709551615ul;
    printf("max / 10 = %lu, max %% 10 = %lu\n", big / 10, big % 10);
    printf("max / 0x100000000 = %lu\n", big / 0x100000000ul);
    printf("(max - 5) / (max - 6) = %lu\n", (big - 5) / (big - 6));
    printf("(1<<63) / 3 = %lu\n", (1ul << 63) / 3);
    printf("(1<<63) %% 1000000007 = %lu\n", (1ul << 63) % 1000000007ul);
    printf("mulhi(max, max) = %llu\n", (unsigned long long)mulhi(UINT64_MAX, UINT64_MAX));
    printf("mulhi(2^32+1, 2^32+1) = %llu\n", (unsigned long long)mulhi(0x100000001ull, 0x100000001ull));
    printf("mulhi(0x9E3779B97F4A7C15, 12345) = %llu\n", (unsigned long long)mulhi(0x9E3779B97F4A7C15ull, 12345));
    /* decimal conversion by hand */
    unsigned long long v = 12345678901234567890ull;
    char buf[32];
    int n = 0;
    do { buf[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    printf("digits reversed: ");
    for (i = n - 1; i >= 0; i--) putchar(buf[i]);
    putchar('\n');
    unsigned long long sum = 0;
    for (i = 0; i < 100; i++) sum += 0xfffffffffffull * (unsigned long long)i;
    printf("sum = %llu\n", sum);
    return 0;
}
