/* exact-width integer types from stdint.h and their limits, with inttypes.h format macros */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

int main(void) {
    int8_t a = INT8_MAX; int8_t an = INT8_MIN;
    uint8_t b = UINT8_MAX;
    int16_t c = INT16_MAX; int16_t cn = INT16_MIN;
    uint16_t d = UINT16_MAX;
    int32_t e = INT32_MAX; int32_t en = INT32_MIN;
    uint32_t f = UINT32_MAX;
    int64_t g = INT64_MAX; int64_t gn = INT64_MIN;
    uint64_t h = UINT64_MAX;
    printf("int8 %" PRId8 " %" PRId8 " uint8 %" PRIu8 "\n", a, an, b);
    printf("int16 %" PRId16 " %" PRId16 " uint16 %" PRIu16 "\n", c, cn, d);
    printf("int32 %" PRId32 " %" PRId32 " uint32 %" PRIu32 "\n", e, en, f);
    printf("int64 %" PRId64 " %" PRId64 " uint64 %" PRIu64 "\n", g, gn, h);
    printf("hex: %" PRIx8 " %" PRIx16 " %" PRIx32 " %" PRIx64 "\n", b, d, f, h);
    printf("HEX: %" PRIX32 " %" PRIX64 "\n", (uint32_t)0xabcdef12u, (uint64_t)0xabcdef0123ull);
    printf("octal: %" PRIo32 "\n", (uint32_t)511);
    a++; /* int8 wraps only through conversion: promoted 128 converted back */
    printf("int8 max + 1 (converted back) = %d\n", (int)(int8_t)(INT8_MAX + 1));
    b++;
    printf("uint8 max + 1 = %u\n", b);
    d += 10;
    printf("uint16 max + 10 = %u\n", d);
    f *= 2;
    printf("uint32 max * 2 = %" PRIu32 "\n", f);
    h += 2;
    printf("uint64 max + 2 = %" PRIu64 "\n", h);
    intmax_t im = INTMAX_MAX;
    uintmax_t um = UINTMAX_MAX;
    printf("intmax %" PRIdMAX " uintmax %" PRIuMAX "\n", im, um);
    int_least8_t l8 = -5; int_fast16_t f16 = 1000; uint_least32_t ul32 = 7; uint_fast64_t uf64 = 9;
    printf("least/fast: %d %ld %u %lu\n", (int)l8, (long)f16, (unsigned)ul32, (unsigned long)uf64);
    printf("INT64_C(1) << 40 = %" PRId64 "\n", INT64_C(1) << 40);
    printf("UINT32_C(4000000000) = %" PRIu32 "\n", UINT32_C(4000000000));
    printf("SIZE_MAX = %zu\n", SIZE_MAX);
    printf("PTRDIFF_MIN = %td PTRDIFF_MAX = %td\n", PTRDIFF_MIN, PTRDIFF_MAX);
    int32_t x = -123456;
    uint32_t ux = (uint32_t)x;
    int64_t wx = x;
    uint64_t uwx = (uint64_t)x;
    uint64_t zx = ux;
    printf("x=%" PRId32 " ux=%" PRIu32 " wx=%" PRId64 " uwx=%" PRIu64 " zx=%" PRIu64 "\n", x, ux, wx, uwx, zx);
    uint16_t p = 0xABCD;
    uint16_t swapped = (uint16_t)((p >> 8) | (p << 8));
    printf("bswap16(%04x) = %04x\n", p, swapped);
    uint32_t q = 0x11223344;
    uint32_t sw32 = (q >> 24) | ((q >> 8) & 0xff00) | ((q << 8) & 0xff0000) | (q << 24);
    printf("bswap32 = %08" PRIx32 "\n", sw32);
    return 0;
}
