/* 64-bit bit manipulation: counting leading/trailing zeros by loops, parity, bit reversal, masks at bit 63 */
#include <stdio.h>
#include <stdint.h>

static int clz64(uint64_t x) { int n = 0; if (!x) return 64; while (!(x & (1ULL << 63))) { x <<= 1; n++; } return n; }
static int ctz64(uint64_t x) { int n = 0; if (!x) return 64; while (!(x & 1)) { x >>= 1; n++; } return n; }
static int popcount64(uint64_t x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static uint64_t reverse64(uint64_t x) {
    x = ((x >> 1) & 0x5555555555555555ULL) | ((x & 0x5555555555555555ULL) << 1);
    x = ((x >> 2) & 0x3333333333333333ULL) | ((x & 0x3333333333333333ULL) << 2);
    x = ((x >> 4) & 0x0F0F0F0F0F0F0F0FULL) | ((x & 0x0F0F0F0F0F0F0F0FULL) << 4);
    x = ((x >> 8) & 0x00FF00FF00FF00FFULL) | ((x & 0x00FF00FF00FF00FFULL) << 8);
    x = ((x >> 16) & 0x0000FFFF0000FFFFULL) | ((x & 0x0000FFFF0000FFFFULL) << 16);
    return (x >> 32) | (x << 32);
}

int main(void) {
    uint64_t vals[] = { 0, 1, 2, 0x8000000000000000ULL, 0xffffffffffffffffULL, 0x00f0000000000100ULL, 0x123456789abcdef0ULL, 1ULL << 32 };
    unsigned i;
    for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        uint64_t v = vals[i];
        printf("%016llx clz %2d ctz %2d pop %2d parity %d rev %016llx\n", (unsigned long long)v, clz64(v), ctz64(v), popcount64(v), popcount64(v) & 1, (unsigned long long)reverse64(v));
    }
    int k;
    for (k = 0; k < 64; k += 13) {
        uint64_t mask = k == 0 ? 0 : (~0ULL >> (64 - k));
        printf("low %2d bits mask %016llx\n", k, (unsigned long long)mask);
    }
    uint64_t top = 1ULL << 63;
    printf("top >> 63 = %llu, (int64_t)top < 0: %d, top - 1 = %llx\n", (unsigned long long)(top >> 63), (int64_t)top < 0, (unsigned long long)(top - 1));
    int64_t neg = -1;
    printf("(uint64_t)-1 >> 1 = %llx, -1 >> 1 = %lld\n", (unsigned long long)((uint64_t)neg >> 1), (long long)(neg >> 1));
    uint32_t lo = 0xdeadbeef, hi = 0xcafebabe;
    uint64_t joined = (uint64_t)hi << 32 | lo;
    printf("joined %016llx split %08x %08x\n", (unsigned long long)joined, (uint32_t)(joined >> 32), (uint32_t)joined);
    return 0;
}
