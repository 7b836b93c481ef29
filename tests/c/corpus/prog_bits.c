/* program: bit manipulation puzzles: popcount, reverse bits, parity, clz/ctz by hand, gray code, next permutation of bits */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

static int popcount(uint32_t x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static int popcount_swar(uint32_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (int)((x * 0x01010101u) >> 24);
}
static uint32_t reverse(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
    x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
    return (x >> 16) | (x << 16);
}
static int clz(uint32_t x) { if (!x) return 32; int n = 0; while (!(x & 0x80000000u)) { x <<= 1; n++; } return n; }
static int ctz(uint32_t x) { if (!x) return 32; int n = 0; while (!(x & 1)) { x >>= 1; n++; } return n; }
static int parity(uint64_t x) { x ^= x >> 32; x ^= x >> 16; x ^= x >> 8; x ^= x >> 4; x ^= x >> 2; x ^= x >> 1; return (int)(x & 1); }
static uint32_t next_same_pop(uint32_t v) { uint32_t t = v | (v - 1); return (t + 1) | (((~t & (~t + 1)) - 1) >> (ctz(v) + 1)); }
static int is_pow2(uint64_t x) { return x && !(x & (x - 1)); }
static uint64_t round_up_pow2(uint64_t x) { x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; x |= x >> 32; return x + 1; }

int main(void) {
    uint32_t vals[] = {0, 1, 2, 3, 0x80000000u, 0xFFFFFFFFu, 0xDEADBEEFu, 0x12345678u, 0x00F0F000u, 1000000u};
    for (int i = 0; i < 10; i++) {
        uint32_t v = vals[i];
        printf("%08" PRIx32 ": pop=%2d swar=%2d rev=%08" PRIx32 " clz=%2d ctz=%2d parity=%d gray=%08" PRIx32 "\n", v, popcount(v),
               popcount_swar(v), reverse(v), clz(v), ctz(v), parity(v), v ^ (v >> 1));
    }
    printf("gray codes 0..15:");
    for (uint32_t i = 0; i < 16; i++) {
        uint32_t g = i ^ (i >> 1);
        printf(" ");
        for (int b = 3; b >= 0; b--) putchar('0' + (int)((g >> b) & 1));
    }
    printf("\n");
    printf("5-bit subsets with 3 ones:");
    for (uint32_t v = 7; v < 32; v = next_same_pop(v)) printf(" %" PRIu32, v);
    printf("\n");
    uint64_t tests[] = {1, 2, 3, 17, 64, 1000, 1ull << 40, (1ull << 40) + 1};
    for (int i = 0; i < 8; i++) printf("%" PRIu64 ": pow2=%d roundup=%" PRIu64 "\n", tests[i], is_pow2(tests[i]), round_up_pow2(tests[i]));
    int swaps_ok = 1;
    for (int a = -50; a <= 50; a += 7)
        for (int b = -30; b <= 30; b += 11) {
            int x = a, y = b;
            x ^= y; y ^= x; x ^= y;
            if (x != b || y != a) swaps_ok = 0;
        }
    printf("xor swap ok=%d\n", swaps_ok);
    uint32_t total = 0;
    for (uint32_t i = 0; i < 100000; i++) total += (uint32_t)popcount_swar(i * 2654435761u);
    printf("popcount sum=%" PRIu32 "\n", total);
    int32_t neg = -37;
    uint32_t mask = -(uint32_t)(neg < 0);
    printf("abs via mask: %d, sign: %d\n", (int)(((uint32_t)neg ^ mask) - mask), (neg > 0) - (neg < 0));
    return 0;
}
