/* A value computed by adding a constant and then compared with another
 * constant (`d = n - 1; if (d < 2)`, `if (--k == 0)`) compiles to one
 * instruction that adds and branches, keeping the sum (addiblti ...
 * addibnei): every condition, int and long, negative constants, 32-bit
 * wrap-around done in unsigned arithmetic, small recursive functions
 * whose inlined calls test their argument first, and a function with more
 * values live than there are registers, where the sums live in spill
 * slots. */
#include <stdio.h>
#include <stdint.h>

#define CMP(name, type, op)                                              \
    __attribute__((noinline)) static long name(type a, type *out) {       \
        type d = a - 3;                                                   \
        long r = 0;                                                       \
        if (d op 4) r += 1;                                               \
        type e = a + 1000;                                                \
        if (e op -5) r += 10;                                             \
        *out = (type)((uint64_t)d + (uint64_t)e);                         \
        return r;                                                         \
    }
CMP(lt32, int32_t, <) CMP(le32, int32_t, <=) CMP(gt32, int32_t, >)
CMP(ge32, int32_t, >=) CMP(eq32, int32_t, ==) CMP(ne32, int32_t, !=)
CMP(lt64, int64_t, <) CMP(le64, int64_t, <=) CMP(gt64, int64_t, >)
CMP(ge64, int64_t, >=) CMP(eq64, int64_t, ==) CMP(ne64, int64_t, !=)

static long fib(long n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

static int tri(int n) {
    if (n <= 0) return 0;
    return n + tri(n - 1);
}

__attribute__((noinline)) static int countdown(int k) {
    int steps = 0;
    while (--k != 0) steps += k & 3;
    return steps;
}

__attribute__((noinline)) static int32_t wrap(int32_t a) {
    int32_t d = (int32_t)((uint32_t)a + 1u);
    return d < 0 ? -1 : 1;
}

#define L16(M, h) M(h, 0) M(h, 1) M(h, 2) M(h, 3) M(h, 4) M(h, 5) M(h, 6) M(h, 7) \
    M(h, 8) M(h, 9) M(h, 10) M(h, 11) M(h, 12) M(h, 13) M(h, 14) M(h, 15)
#define ALL(M) L16(M, 0) L16(M, 1) L16(M, 2) L16(M, 3) L16(M, 4) L16(M, 5) \
    L16(M, 6) L16(M, 7) L16(M, 8) L16(M, 9) L16(M, 10) L16(M, 11) L16(M, 12) \
    L16(M, 13) L16(M, 14)
#define DEF(h, l) long x_##h##_##l = v[(h + l) % 8] - 2; if (x_##h##_##l < 3) x_##h##_##l = x_##h##_##l * 7 + h;
#define SUM(h, l) s = s * 31 + (unsigned long)x_##h##_##l;
__attribute__((noinline)) static unsigned long pressure(const long *v) {
    ALL(DEF)
    unsigned long s = 0;
    ALL(SUM)
    return s;
}

int main(void) {
    int32_t a32[] = {-2147483647 + 5, -1003, -1005, -1010, 0, 5, 6, 7, 8, 2147483647 - 1000};
    int64_t a64[] = {-9000000000000000000LL, -1003, -1005, -1010, 0, 5, 6, 7, 8, 9000000000000000000LL};
    for (int i = 0; i < 10; i++) {
        int32_t o32;
        int64_t o64;
        long r = 0;
        r = r * 100 + lt32(a32[i], &o32); r = r * 100 + le32(a32[i], &o32);
        r = r * 100 + gt32(a32[i], &o32); r = r * 100 + ge32(a32[i], &o32);
        r = r * 100 + eq32(a32[i], &o32); r = r * 100 + ne32(a32[i], &o32);
        printf("%d: %ld %d", i, r, o32);
        r = 0;
        r = r * 100 + lt64(a64[i], &o64); r = r * 100 + le64(a64[i], &o64);
        r = r * 100 + gt64(a64[i], &o64); r = r * 100 + ge64(a64[i], &o64);
        r = r * 100 + eq64(a64[i], &o64); r = r * 100 + ne64(a64[i], &o64);
        printf(" %ld %lld\n", r, (long long)o64);
    }
    printf("%ld %d %d\n", fib(20), tri(100), countdown(50));
    printf("%d %d\n", wrap(2147483647), wrap(5));
    long v[8] = {0, 1, 2, 3, 4, 5, 6, 7};
    printf("%lu\n", pressure(v));
    return 0;
}
