/* A threaded interpreter with 600 handlers, each ending in its own
   `goto *`: 360,000 jump-table entries if each had a dispatch of its own,
   past the bound (262,144) after which the later ones share one dispatch
   block. Both kinds of `goto *` must reach the same labels. */
#include <stdio.h>

#define X10(m, p) m(p##0) m(p##1) m(p##2) m(p##3) m(p##4) m(p##5) m(p##6) m(p##7) m(p##8) m(p##9)
#define X100(m, p) X10(m, p##0) X10(m, p##1) X10(m, p##2) X10(m, p##3) X10(m, p##4) \
    X10(m, p##5) X10(m, p##6) X10(m, p##7) X10(m, p##8) X10(m, p##9)
/* L100 .. L699 */
#define LABELS(m) X100(m, 1) X100(m, 2) X100(m, 3) X100(m, 4) X100(m, 5) X100(m, 6)
#define ADDR(n) &&L##n,
#define HANDLER(n)                   \
    L##n:                            \
    s = s * 31u + n##u;              \
    hits[n - 100]++;                 \
    if (++k >= steps)                \
        goto done;                   \
    goto *tab[(s >> 7) % 600u];

static unsigned hits[600];

static unsigned run(int steps, unsigned seed) {
    static void *tab[] = {LABELS(ADDR)};
    unsigned s = seed;
    int k = 0;
    goto *tab[seed % 600u];
    LABELS(HANDLER)
done:
    return s;
}

int main(void) {
    unsigned total = 0;
    for (unsigned seed = 1; seed <= 5; seed++)
        total ^= run(20000, seed);
    unsigned seen = 0, most = 0;
    for (int i = 0; i < 600; i++) {
        seen += hits[i] != 0;
        if (hits[i] > most)
            most = hits[i];
    }
    printf("%u %u %u\n", total, seen, most);
    return 0;
}
