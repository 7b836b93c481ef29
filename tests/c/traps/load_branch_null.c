// trap: out-of-bounds access
// in: depth
// `if (n->left)` compiles to one instruction that loads and branches
// (`ldjnz`): when its load faults, the trap names that line.
#include <stddef.h>
struct node { struct node *left, *right; };
static int depth(const struct node *n) {
    int d = 0;
    for (;;) {
        if (n->left) /* TRAP */
            n = n->left;
        else
            return d;
        d++;
    }
}
int main(int argc, char **argv) {
    struct node b = {NULL, NULL}, a = {&b, NULL};
    (void)argv;
    return depth(&a) + depth(argc > 5 ? &a : NULL);
}
