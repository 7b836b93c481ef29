/* Arithmetic whose second operand is a load (`a - p->x`, `s + *q`,
 * `k * p->m`) compiles to one instruction that reads memory (ldadd, ldsub,
 * ldmul): every type, both operand orders, loads of the other signedness,
 * wrapping, a store between the load and its use (must not fuse), a load
 * whose base changes before its use, and an aliasing store. */
#include <stdio.h>
#include <stdint.h>

struct s {
    int32_t i;
    uint32_t u;
    int64_t l;
    uint64_t ul;
    float f;
    double d;
};

static struct s tab[4] = {
    {-7, 4000000000u, -5000000000LL, 18000000000000000000ULL, 1.5f, -2.25},
    {2147483647, 3u, 9223372036854775807LL, 1ULL, -0.5f, 1e300},
    {-2147483647 - 1, 0u, 1LL, 0ULL, 3.25f, -0.0},
    {1, 1u, -1LL, 2ULL, 1e30f, 3.0},
};

/* p, q and r are different rows: each loaded field is read once. */
__attribute__((noinline)) static int32_t mix_i(const struct s *p, const struct s *q, const struct s *r, int32_t a) {
    uint32_t x = (uint32_t)a + (uint32_t)p->i, y = (uint32_t)a - (uint32_t)q->i, z = (uint32_t)r->i * (uint32_t)a;
    return (int32_t)(x ^ y ^ z);
}
__attribute__((noinline)) static uint32_t mix_u(const struct s *p, const struct s *q, const struct s *r, uint32_t a) {
    return (p->u + a) ^ (a - q->u) * 3u ^ (a * r->u);
}
__attribute__((noinline)) static int64_t mix_l(const struct s *p, const struct s *q, const struct s *r, int64_t a) {
    uint64_t x = (uint64_t)a + (uint64_t)p->l, y = (uint64_t)a - (uint64_t)q->l, z = (uint64_t)r->l * (uint64_t)a;
    return (int64_t)(x ^ y ^ z);
}
__attribute__((noinline)) static uint64_t mix_ul(const struct s *p, const struct s *q, const struct s *r, uint64_t a) {
    return (a - p->ul) ^ (q->ul + a) ^ (a * r->ul);
}
__attribute__((noinline)) static double mix_f(const struct s *p, const struct s *q, const struct s *r, float a) {
    float x = a - p->f, y = q->f + a, z = a * r->f;
    return (double)x + 2 * (double)y + 4 * (double)z;
}
__attribute__((noinline)) static double mix_d(const struct s *p, const struct s *q) {
    double dx = p->d - q->d, sx = q->l + p->d, px = p->f * q->d;
    return dx + sx * 0.5 + px * 0.25;
}
/* Signed loads feeding unsigned arithmetic and the reverse. */
__attribute__((noinline)) static uint32_t cross(const struct s *p, uint32_t a) {
    uint32_t r = a - (uint32_t)p->i;
    int32_t k = 5;
    return r + (uint32_t)(k - (int32_t)p->u);
}
/* A store between the load and its use: the load must see the old value. */
__attribute__((noinline)) static double store_between(struct s *p, double a) {
    double old = p->d;
    p->d = a * 2;
    return a - old;
}
/* The base register changes between the load and its use. */
__attribute__((noinline)) static int64_t moved_base(const struct s *p, int64_t a) {
    int64_t v = p->l;
    p++;
    return (int64_t)((uint64_t)(a - v) + (uint64_t)p->l);
}
/* A store through another pointer that may alias, then the arithmetic. */
__attribute__((noinline)) static int32_t alias(struct s *p, int32_t *q, int32_t a) {
    int32_t v = p->i;
    *q = 100;
    return (int32_t)((uint32_t)a * (uint32_t)v + (uint32_t)p->i);
}

int main(void) {
    unsigned long long h = 0;
    for (int k = 0; k < 4; k++) {
        const struct s *p = &tab[k];
        const struct s *q = &tab[(k + 1) % 4], *r = &tab[(k + 2) % 4];
        h = h * 31 + (uint32_t)mix_i(p, q, r, 1234567 * (k + 1));
        h = h * 31 + mix_u(p, q, r, 3000000000u + (uint32_t)k);
        h = h * 31 + (uint64_t)mix_l(p, q, r, -77LL * k);
        h = h * 31 + mix_ul(p, q, r, 0xfedcba9876543210ULL >> k);
        h = h * 31 + cross(p, 17u * (uint32_t)k);
        printf("%d: %u %u %lld %llu %.9g %.9g %u\n", k, (unsigned)mix_i(p, q, r, 5), mix_u(p, q, r, 9u),
               (long long)mix_l(p, q, r, 11), (unsigned long long)mix_ul(p, q, r, 13), mix_f(p, q, r, 0.75f),
               mix_d(p, q), cross(p, 3u));
    }
    printf("hash %llu\n", h);
    struct s t[2] = {tab[0], tab[1]};
    double r = store_between(&t[0], 4.5);
    printf("%.9g %.9g\n", r, t[0].d);
    printf("%lld\n", (long long)moved_base(t, 1000));
    int32_t a1 = alias(&t[0], &t[0].i, 3);
    printf("%d %d\n", a1, t[0].i);
    int32_t other = 0;
    int32_t a2 = alias(&t[1], &other, 3);
    printf("%d %d\n", a2, other);
    return 0;
}
