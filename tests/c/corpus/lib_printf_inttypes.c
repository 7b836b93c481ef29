/* inttypes.h: PRI* macros for fixed-width, least, fast, max and pointer-sized types */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

int main(void) {
    int8_t a8 = INT8_MIN; uint8_t u8 = UINT8_MAX;
    int16_t a16 = INT16_MIN; uint16_t u16 = UINT16_MAX;
    int32_t a32 = INT32_MIN; uint32_t u32 = UINT32_MAX;
    int64_t a64 = INT64_MIN; uint64_t u64 = UINT64_MAX;
    printf("%" PRId8 " %" PRIu8 " %" PRIx8 " %" PRIo8 "\n", a8, u8, u8, u8);
    printf("%" PRId16 " %" PRIu16 " %" PRIX16 " %" PRIi16 "\n", a16, u16, u16, a16);
    printf("%" PRId32 " %" PRIu32 " %" PRIx32 " %" PRIo32 "\n", a32, u32, u32, u32);
    printf("%" PRId64 " %" PRIu64 " %" PRIx64 " %" PRIX64 " %" PRIo64 "\n", a64, u64, u64, u64, u64);
    printf("%" PRIi64 " %20" PRId64 " %-20" PRIu64 "| %#" PRIx64 "\n", INT64_MAX, (int64_t)-5, (uint64_t)5, (uint64_t)0xabc);
    int_least8_t l8 = -100; int_least16_t l16 = -30000; int_least32_t l32 = 2000000000; int_least64_t l64 = -1;
    printf("%" PRIdLEAST8 " %" PRIdLEAST16 " %" PRIdLEAST32 " %" PRIdLEAST64 "\n", l8, l16, l32, l64);
    int_fast8_t f8 = 100; int_fast16_t f16 = 30000; int_fast32_t f32 = -2000000000; uint_fast64_t f64 = 12345678901234567890u;
    printf("%" PRIdFAST8 " %" PRIdFAST16 " %" PRIdFAST32 " %" PRIuFAST64 "\n", f8, f16, f32, f64);
    intmax_t mx = INTMAX_MAX; uintmax_t umx = UINTMAX_MAX;
    printf("%" PRIdMAX " %" PRIuMAX " %" PRIxMAX "\n", mx, umx, umx);
    intptr_t ip = -12345; uintptr_t up = 54321;
    printf("%" PRIdPTR " %" PRIuPTR " %" PRIxPTR "\n", ip, up, up);
    printf("INT64_C=%" PRId64 " UINT64_C=%" PRIu64 " INTMAX_C=%" PRIdMAX "\n", INT64_C(-9000000000), UINT64_C(18000000000000000000), INTMAX_C(77));
    printf("PRId64=\"%s\" PRIu32=\"%s\" PRIx16=\"%s\" PRId8=\"%s\" PRIdMAX=\"%s\" PRIdPTR=\"%s\"\n", PRId64, PRIu32, PRIx16, PRId8, PRIdMAX, PRIdPTR);
    printf("SCNd64=\"%s\" SCNu32=\"%s\" SCNx16=\"%s\" SCNd8=\"%s\" SCNiMAX=\"%s\"\n", SCNd64, SCNu32, SCNx16, SCNd8, SCNiMAX);
    return 0;
}
