// trap: heap-use-after-free: 4-byte read
// in: main
#include <stdio.h>
#include <stdlib.h>
struct node { int value; struct node *next; };
int main(void) {
    struct node *n = malloc(sizeof *n); /* ALLOC */
    n->value = 42;
    n->next = 0;
    free(n); /* FREE */
    printf("%d\n", n->value); /* TRAP */
    return 0;
}
