/* Long chains of `?:`, `switch` and `if`/`else` whose arms the usual block
   layout puts after the whole function, so that the values the arms write
   live across everything in between and spill; the register allocator
   then lays the blocks out in reverse postorder (each arm between its
   branch and its join) and spills nothing. The code must compute the
   same either way, in a loop and across calls. */
#include <stdio.h>

#define X10(m, p) m(p##0) m(p##1) m(p##2) m(p##3) m(p##4) m(p##5) m(p##6) m(p##7) m(p##8) m(p##9)
#define X100(m, p) X10(m, p##0) X10(m, p##1) X10(m, p##2) X10(m, p##3) X10(m, p##4) \
    X10(m, p##5) X10(m, p##6) X10(m, p##7) X10(m, p##8) X10(m, p##9)
#define CHAIN(m) X100(m, 1) X100(m, 2) X100(m, 3) X100(m, 4) X100(m, 5) X100(m, 6)

#define TERNARY(n) s += (c & n##u) ? c * 3u + n##u : c ^ n##u; c = c * 7u + s;
#define SWITCH(n)              \
    switch ((c >> (n % 5)) & 3u) { \
    case 0: c += n##u; break;  \
    case 1: c ^= n##u; break;  \
    case 2: s += c; break;     \
    default: c = c * 5u + 1u;  \
    }
#define IFELSE(n) if ((c & n##u) == n % 64) c = c * 33u + n##u; else { c ^= n##u; s -= c >> 3; }

__attribute__((noinline)) static unsigned mix(unsigned a, unsigned b) {
    return (a ^ (b << 5)) + (b >> 3);
}

static unsigned ternaries(unsigned c) {
    unsigned s = 0;
    CHAIN(TERNARY)
    return c + s;
}

static unsigned switches(unsigned c) {
    unsigned s = 0;
    for (int i = 0; i < 3; i++) {
        CHAIN(SWITCH)
        s = mix(s, c);
    }
    return c + s;
}

static unsigned ifelses(unsigned c) {
    unsigned s = 0;
    CHAIN(IFELSE)
    return mix(c, s);
}

int main(void) {
    for (unsigned seed = 1; seed <= 4; seed++)
        printf("%u %u %u\n", ternaries(seed), switches(seed * 77u), ifelses(seed + 1000u));
    return 0;
}
