/* stdint.h: exact, least, fast, pointer and max types: limits, sizes, *_C macros and wraparound */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

int main(void) {
    printf("INT8 %d..%d UINT8 %u\n", INT8_MIN, INT8_MAX, UINT8_MAX);
    printf("INT16 %d..%d UINT16 %u\n", INT16_MIN, INT16_MAX, UINT16_MAX);
    printf("INT32 %" PRId32 "..%" PRId32 " UINT32 %" PRIu32 "\n", INT32_MIN, INT32_MAX, UINT32_MAX);
    printf("INT64 %" PRId64 "..%" PRId64 " UINT64 %" PRIu64 "\n", INT64_MIN, INT64_MAX, UINT64_MAX);
    printf("LEAST8 %d..%d LEAST16 %d..%d LEAST32 %" PRIdLEAST32 " LEAST64 %" PRIdLEAST64 "\n", INT_LEAST8_MIN, INT_LEAST8_MAX,
           INT_LEAST16_MIN, INT_LEAST16_MAX, INT_LEAST32_MAX, INT_LEAST64_MAX);
    printf("UINT_LEAST8 %u UINT_LEAST16 %u UINT_LEAST32 %" PRIuLEAST32 " UINT_LEAST64 %" PRIuLEAST64 "\n", UINT_LEAST8_MAX,
           UINT_LEAST16_MAX, UINT_LEAST32_MAX, UINT_LEAST64_MAX);
    printf("FAST8 max %d FAST64 max %" PRIdFAST64 "\n", INT_FAST8_MAX, INT_FAST64_MAX);
    printf("INTPTR %" PRIdPTR "..%" PRIdPTR " UINTPTR %" PRIuPTR "\n", INTPTR_MIN, INTPTR_MAX, UINTPTR_MAX);
    printf("INTMAX %" PRIdMAX "..%" PRIdMAX " UINTMAX %" PRIuMAX "\n", INTMAX_MIN, INTMAX_MAX, UINTMAX_MAX);
    printf("PTRDIFF %td..%td SIZE_MAX %zu\n", PTRDIFF_MIN, PTRDIFF_MAX, SIZE_MAX);
    printf("sizes: %zu %zu %zu %zu | %zu %zu %zu %zu | intptr %zu intmax %zu\n", sizeof(int8_t), sizeof(int16_t),
           sizeof(int32_t), sizeof(int64_t), sizeof(int_least8_t), sizeof(int_least16_t), sizeof(int_least32_t),
           sizeof(int_least64_t), sizeof(intptr_t), sizeof(intmax_t));
    printf("INT8_C(-5)=%d UINT8_C(200)=%u INT16_C(-300)=%d UINT16_C(60000)=%u\n", INT8_C(-5), UINT8_C(200), INT16_C(-300), UINT16_C(60000));
    printf("INT32_C=%" PRId32 " UINT32_C=%" PRIu32 " INT64_C=%" PRId64 " UINT64_C=%" PRIu64 "\n", INT32_C(-2000000000),
           UINT32_C(4000000000), INT64_C(-1) * (INT64_C(1) << 40), UINT64_C(1) << 63);
    uint8_t u8 = 250; u8 += 10;
    uint16_t u16 = 65530; u16 += 10;
    uint32_t u32 = 4294967290u; u32 += 10;
    uint64_t u64 = UINT64_MAX; u64 += 2;
    printf("wrap: %u %u %" PRIu32 " %" PRIu64 "\n", u8, u16, u32, u64);
    int8_t s8 = (int8_t)200; int16_t s16 = (int16_t)40000;
    printf("narrow: %d %d\n", s8, s16);
    uint32_t m = 0xdeadbeef;
    printf("rotl: %08" PRIx32 " %08" PRIx32 "\n", (m << 8) | (m >> 24), (m >> 4) | (m << 28));
    return 0;
}
