/* A loop whose body always returns has a latch no path reaches. Local CSE
   must not hand what that latch computed (the address of `g`) on to the
   loop's exit, whose only reachable predecessor is the loop's guard: the
   exit's stores would go through a register nothing ever set (csmith seed
   3000093 printed a wrong checksum). */
#include <stdio.h>

struct S {
    int pad;
    signed char f;
    int tail;
} g;
int other = 5;

static int first(int k) {
    for (g.f = 0; g.f > k; ++g.f) {
        return 1;
    }
    g.f = 14;
    g.tail = g.f + other;
    return g.f + g.tail;
}

static int second(int k) {
    int n = 0;
    for (g.f = 3; g.f < k; g.f += 2) {
        n += 100;
        return n;
    }
    g.tail += g.f;
    return g.tail - other;
}

int main(void) {
    printf("%d\n", first(7));
    printf("%d %d\n", g.f, g.tail);
    printf("%d\n", first(-1));
    printf("%d\n", second(2));
    printf("%d %d\n", g.f, g.tail);
    printf("%d\n", second(10));
    return 0;
}
