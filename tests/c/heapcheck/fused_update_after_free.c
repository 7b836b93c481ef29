// trap: heap-use-after-free: 8-byte read
// in: kick
// `b->v += dt * f` compiles to one instruction that reads and writes
// memory (maddm), and `a->x - b->x` to one that loads its operand (ldsub):
// the checker sees their accesses as it sees a load's or a store's.
#include <stdio.h>
#include <stdlib.h>
struct body { double x, v; };
static double gap(const struct body *a, const struct body *b) { return a->x - b->x; }
__attribute__((noinline)) static void kick(struct body *b, double dt, double f) {
    b->v += dt * f; /* TRAP */
}
int main(void) {
    struct body *a = malloc(sizeof *a), *b = malloc(sizeof *b); /* ALLOC */
    a->x = 1; a->v = 0; b->x = 4; b->v = 0;
    printf("%g\n", gap(a, b));
    free(b); /* FREE */
    kick(b, 0.5, 2.0);
    printf("%g\n", b->v);
    return 0;
}
