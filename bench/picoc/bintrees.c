/* PicoC copy of ../shared/bench-peers/c/bintrees.c: one declarator per struct member,
 * int instead of long, no const parameter, no pointer as a condition, declarations hoisted.
 * Run: picoc bintrees.c - N */
#include <stdio.h>
#include <stdlib.h>

struct node {
    struct node *left;
    struct node *right;
};

struct node *make(int depth) {
    struct node *n = malloc(sizeof(struct node));
    if (depth > 0) { n->left = make(depth - 1); n->right = make(depth - 1); }
    else { n->left = NULL; n->right = NULL; }
    return n;
}

int check(struct node *n) {
    if (n->left == NULL) return 1;  /* PicoC: ! on a pointer is an invalid operation */
    return 1 + check(n->left) + check(n->right);
}

void release(struct node *n) {
    if (n->left != NULL) { release(n->left); release(n->right); }
    free(n);
}

int main(int argc, char **argv) {
    int n = 16;
    int min_depth = 4;
    int max_depth;
    int stretch;
    int d;
    int iters;
    int chk;
    int i;
    struct node *t;
    struct node *long_lived;
    struct node *tmp;
    if (argc > 1) n = atoi(argv[1]);
    max_depth = n < min_depth + 2 ? min_depth + 2 : n;
    stretch = max_depth + 1;
    t = make(stretch);
    printf("stretch tree of depth %d\t check: %d\n", stretch, check(t));
    release(t);
    long_lived = make(max_depth);
    for (d = min_depth; d <= max_depth; d += 2) {
        iters = 1 << (max_depth - d + min_depth);
        chk = 0;
        for (i = 0; i < iters; i++) {
            tmp = make(d);
            chk += check(tmp);
            release(tmp);
        }
        printf("%d\t trees of depth %d\t check: %d\n", iters, d, chk);
    }
    printf("long lived tree of depth %d\t check: %d\n", max_depth, check(long_lived));
    release(long_lived);
    return 0;
}
