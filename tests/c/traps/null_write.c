// trap: out-of-bounds access
// in: main
#include <stdio.h>
struct node { int value; struct node *next; };
int main(void) {
    struct node *n = NULL;
    printf("before\n");
    n->next = n; /* TRAP */
    return 0;
}
