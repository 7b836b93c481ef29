/* A load whose value is only tested for zero, or tested and then used,
 * compiles to one instruction that loads and branches (ldjnz, ldjz,
 * ldxjnz, ldxjz): every integer width and signedness (the value kept
 * after the branch must be sign- or zero-extended as a plain load makes
 * it), struct fields, array elements, pointer chasing, negative indices,
 * and a function with more values live than there are registers, where
 * tested values live in spill slots. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

struct rec {
    int8_t a;
    uint8_t b;
    int16_t c;
    uint16_t d;
    int32_t e;
    uint32_t f;
    int64_t g;
    uint64_t h;
    struct rec *next;
};

#define TEST_FIELD(name, field)                                      \
    __attribute__((noinline)) static long name(const struct rec *r) { \
        if (r->field) return (long)r->field * 3 + 1;                \
        return -7;                                                   \
    }
TEST_FIELD(t_a, a)
TEST_FIELD(t_b, b)
TEST_FIELD(t_c, c)
TEST_FIELD(t_d, d)
TEST_FIELD(t_e, e)
TEST_FIELD(t_f, f)
TEST_FIELD(t_g, g)
TEST_FIELD(t_h, h)

#define TEST_ELEM(name, type)                                                 \
    __attribute__((noinline)) static long name(const type *v, long n) {       \
        long s = 0;                                                           \
        for (long i = 0; i < n; i++) {                                        \
            if (!v[i]) s += 1000;                                             \
            else s = s * 5 + (long)v[i];                                      \
        }                                                                     \
        return s;                                                             \
    }
TEST_ELEM(e_i8, int8_t)
TEST_ELEM(e_u8, uint8_t)
TEST_ELEM(e_i16, int16_t)
TEST_ELEM(e_u16, uint16_t)
TEST_ELEM(e_i32, int32_t)
TEST_ELEM(e_u32, uint32_t)
TEST_ELEM(e_i64, int64_t)
TEST_ELEM(e_u64, uint64_t)

__attribute__((noinline)) static long chase(const struct rec *r) {
    long n = 0;
    while (r) {
        n = n * 3 + r->e;
        r = r->next;
    }
    return n;
}

__attribute__((noinline)) static long count_nonzero_back(const int32_t *end, long n) {
    long c = 0;
    for (long i = -1; i >= -n; i--)
        if (end[i]) c++;
    return c;
}

__attribute__((noinline)) static size_t my_strlen(const char *s) {
    const char *p = s;
    while (*p) p++;
    return (size_t)(p - s);
}

/* 240 values live at once, and loads tested in between. */
#define L16(M, h) M(h, 0) M(h, 1) M(h, 2) M(h, 3) M(h, 4) M(h, 5) M(h, 6) M(h, 7) \
    M(h, 8) M(h, 9) M(h, 10) M(h, 11) M(h, 12) M(h, 13) M(h, 14) M(h, 15)
#define ALL(M) L16(M, 0) L16(M, 1) L16(M, 2) L16(M, 3) L16(M, 4) L16(M, 5) \
    L16(M, 6) L16(M, 7) L16(M, 8) L16(M, 9) L16(M, 10) L16(M, 11) L16(M, 12) \
    L16(M, 13) L16(M, 14)
#define DEF(h, l) long x_##h##_##l = seed * (h * 16 + l) + (v[(h + l) % 8] ? v[(h * l) % 8] : -h);
#define SUM(h, l) s = s * 31 + (unsigned long)x_##h##_##l;
__attribute__((noinline)) static unsigned long pressure(const int16_t *v, long seed) {
    ALL(DEF)
    unsigned long s = 0;
    ALL(SUM)
    return s;
}

int main(void) {
    struct rec recs[4] = {
        {-5, 250, -300, 65000, -70000, 4000000000u, -5000000000LL, 18000000000000000000ULL, 0},
        {0, 0, 0, 0, 0, 0, 0, 0, 0},
        {127, 1, 32767, 1, 2147483647, 1, 1, 1, 0},
        {-128, 255, -32768, 65535, -2147483647 - 1, 4294967295u, -1, 18446744073709551615ULL, 0},
    };
    recs[0].next = &recs[1];
    recs[1].next = &recs[2];
    recs[2].next = &recs[3];
    for (int k = 0; k < 4; k++) {
        const struct rec *r = &recs[k];
        printf("%d: %ld %ld %ld %ld %ld %ld %ld %ld\n", k, t_a(r), t_b(r), t_c(r), t_d(r),
               t_e(r), t_f(r), t_g(r), t_h(r));
    }
    int8_t i8[6] = {0, -1, 5, 0, -128, 127};
    uint8_t u8[6] = {0, 255, 5, 0, 128, 127};
    int16_t i16[9] = {0, -1, 300, 0, -32768, 32767, 2, 0, 11};
    uint16_t u16[6] = {0, 65535, 300, 0, 32768, 1};
    int32_t i32[6] = {0, -1, 70000, 0, -2147483647 - 1, 9};
    uint32_t u32[6] = {0, 4294967295u, 70000, 0, 2147483648u, 9};
    int64_t i64[5] = {0, -1, 5000000000LL, 0, 3};
    uint64_t u64[5] = {0, 18446744073709551615ULL, 5000000000ULL, 0, 3};
    printf("%ld %ld %ld %ld\n", e_i8(i8, 6), e_u8(u8, 6), e_i16(i16, 8), e_u16(u16, 6));
    printf("%ld %ld %ld %ld\n", e_i32(i32, 6), e_u32(u32, 6), e_i64(i64, 5), e_u64(u64, 5));
    printf("%ld\n", chase(&recs[0]));
    printf("%ld\n", count_nonzero_back(i32 + 6, 6));
    char *s = malloc(40);
    for (int i = 0; i < 39; i++) s[i] = (char)('a' + i % 26);
    s[39] = 0;
    printf("%zu %zu\n", my_strlen(s), my_strlen(s + 39));
    free(s);
    printf("%lu %lu\n", pressure(i16, 3), pressure(i16 + 1, -2));
    return 0;
}
