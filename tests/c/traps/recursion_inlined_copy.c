// trap: out-of-bounds access
// in: sum
// A small recursive function gets two levels of its recursion inlined: the
// third level (a copy of a copy, inside the first level's frame) dereferences
// NULL, and the trap must still name sum's own line, not a call's.
#include <stddef.h>
struct node { struct node *next; int v; };
static int sum(const struct node *n, int depth) {
    if (depth == 0)
        return 0;
    int here = n->v; /* TRAP */
    return here + sum(n->next, depth - 1);
}
int main(void) {
    struct node b = {NULL, 2}, a = {&b, 1};
    return sum(&a, 5); /* CALLER */
}
