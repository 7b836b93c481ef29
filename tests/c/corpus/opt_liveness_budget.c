/* So many values live across so many branches that the register allocator's
   exact liveness walk runs out of its budget (25 million steps; here 150
   values over 80,000 blocks) and the values it has not reached get an
   interval grown over every loop their reads and writes touch. With no more
   than 200 values live at once nothing is spilled, so those intervals are
   the ones the code is built with, and must cover each value's live range:
   values defined before a loop and read in it, carried around a loop's back
   edge, written on one path and read on the same one later, live across
   calls, and read in an inner loop. */
#include <stdio.h>

#define X10(m, p) m(p##0) m(p##1) m(p##2) m(p##3) m(p##4) m(p##5) m(p##6) m(p##7) m(p##8) m(p##9)
#define X100(m, p) X10(m, p##0) X10(m, p##1) X10(m, p##2) X10(m, p##3) X10(m, p##4) \
    X10(m, p##5) X10(m, p##6) X10(m, p##7) X10(m, p##8) X10(m, p##9)
#define X1000(m, p) X100(m, p##0) X100(m, p##1) X100(m, p##2) X100(m, p##3) X100(m, p##4) \
    X100(m, p##5) X100(m, p##6) X100(m, p##7) X100(m, p##8) X100(m, p##9)
#define X10000(m, p) X1000(m, p##0) X1000(m, p##1) X1000(m, p##2) X1000(m, p##3) X1000(m, p##4) \
    X1000(m, p##5) X1000(m, p##6) X1000(m, p##7) X1000(m, p##8) X1000(m, p##9)
/* v100 .. v249 */
#define VALUES(m) X100(m, 1) X10(m, 20) X10(m, 21) X10(m, 22) X10(m, 23) X10(m, 24)

#define DEF(n) unsigned v##n = seed * n##u + (seed >> (n % 7));
#define SUM(n) + v##n * (n % 13)
#define STEP(n) if ((c & n##u) == n % 64) c = c * 33u + n##u; else c ^= n##u;

__attribute__((noinline)) static unsigned mix(unsigned a, unsigned b) {
    return (a ^ (b << 3)) + (b >> 2);
}

static unsigned run(unsigned seed, int n) {
    unsigned c = seed;
    VALUES(DEF)
    X10000(STEP, 1) X10000(STEP, 2) X10000(STEP, 3) X10000(STEP, 4)
    unsigned acc = 0 VALUES(SUM);
    /* Carried around the back edge: read at the top, written at the bottom. */
    unsigned carried = seed + 17;
    /* Written on one path only, read later on the same path. */
    unsigned maybe;
    for (int i = 0; i < n; i++) {
        acc += carried * 3u + v100;
        if (i & 1)
            maybe = mix(acc, v249);
        STEP(50001) STEP(50002)
        acc = mix(acc, c);
        if (i & 1)
            acc += maybe;
        carried = acc ^ (unsigned)i ^ v248;
    }
    for (int j = 0; j < 3; j++) {
        unsigned before = v123 + (unsigned)j;
        while (before > 7u)
            before = mix(before, v234) % (before - 1u);
        acc += before;
    }
    return c + acc VALUES(SUM);
}

int main(int argc, char **argv) {
    (void)argv;
    for (int s = 1; s <= 3; s++)
        printf("%u\n", run((unsigned)(s + argc), 5 + s));
    return 0;
}
