/* gcc's checked-arithmetic builtins: __builtin_add/sub/mul_overflow over
   mixed operand and result types (the exact result must fit the result's
   type; it is stored wrapped either way), and the typed s/u forms. Every
   pair of edge values of each width is tried. */
#include <stdio.h>
#include <stdint.h>
#include <limits.h>

static const long long sv[] = { 0, 1, -1, 2, -2, 127, -128, 255, 32767, -32768, 65535,
    INT_MAX, INT_MIN, (long long)UINT_MAX, 0x7fffffffffffLL, LLONG_MAX, LLONG_MIN,
    LLONG_MAX - 1, LLONG_MIN + 1, 3037000499LL, 3037000500LL, -3037000500LL, 4294967296LL };
static const unsigned long long uv[] = { 0, 1, 2, 255, 65535, UINT_MAX, 0x100000000ULL,
    (unsigned long long)LLONG_MAX, (unsigned long long)LLONG_MAX + 1, ULLONG_MAX,
    ULLONG_MAX - 1, 4294967295ULL * 4294967297ULL / 3 };

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

static unsigned long long h = 1469598103934665603ULL;
static void mix(unsigned long long v) { h = (h ^ v) * 1099511628211ULL; }

#define TRY(OP, A, B, T) do { T r_; int o_ = __builtin_##OP##_overflow((A), (B), &r_); \
    mix((unsigned long long)r_); mix(o_); count += o_; } while (0)

int main(void) {
    long count = 0;
    for (int i = 0; i < N(sv); i++)
        for (int j = 0; j < N(sv); j++) {
            long long a = sv[i], b = sv[j];
            TRY(add, a, b, long long); TRY(sub, a, b, long long); TRY(mul, a, b, long long);
            TRY(add, a, b, int); TRY(sub, a, b, int); TRY(mul, a, b, int);
            TRY(add, a, b, unsigned); TRY(mul, a, b, unsigned long long);
            TRY(sub, a, b, unsigned char); TRY(mul, a, b, short);
            TRY(add, (int)a, (int)b, int); TRY(mul, (int)a, (int)b, int);
            TRY(sub, (unsigned)a, (unsigned)b, unsigned);
        }
    for (int i = 0; i < N(uv); i++)
        for (int j = 0; j < N(uv); j++) {
            unsigned long long a = uv[i], b = uv[j];
            TRY(add, a, b, unsigned long long); TRY(sub, a, b, unsigned long long);
            TRY(mul, a, b, unsigned long long); TRY(add, a, b, long long);
            TRY(sub, a, b, long long); TRY(mul, a, b, long long);
            TRY(mul, a, b, uint16_t);
        }
    for (int i = 0; i < N(sv); i++)
        for (int j = 0; j < N(uv); j++) {
            long long a = sv[i];
            unsigned long long b = uv[j];
            TRY(add, a, b, long long); TRY(sub, a, b, unsigned long long);
            TRY(mul, a, b, long long); TRY(sub, b, a, int);
        }
    int ri;
    long rl;
    unsigned long long ru;
    int o = __builtin_sadd_overflow(INT_MAX, 1, &ri);
    printf("%d %d", o, ri);
    o = __builtin_smull_overflow(LONG_MAX / 2, 3L, &rl);
    printf(" %d %ld", o, rl);
    o = __builtin_usubll_overflow(1ULL, 2ULL, &ru);
    printf(" %d %llu", o, ru);
    o = __builtin_uadd_overflow(3u, 4u, (unsigned *)&ri);
    printf(" %d %d\n", o, ri);
    printf("overflows=%ld hash=%016llx\n", count, h);
    return 0;
}
