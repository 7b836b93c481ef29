// trap: out-of-bounds access
// in: gap
// `a - p->x` compiles to one instruction that loads its second operand
// (`ldsub`): when that load faults, the trap names the load's line, not
// the subtraction's.
#include <stddef.h>
struct vec { double x, y, z; };
static double gap(const struct vec *a, const struct vec *b, double s) {
    double ax = a->x * s;
    double bx = b->x; /* TRAP */
    double d = ax
        - bx;
    return d * d + a->y;
}
int main(int argc, char **argv) {
    struct vec v = {1, 2, 3};
    (void)argv;
    return (int)gap(&v, argc > 5 ? &v : NULL, 2.0);
}
