// trap: invalid free
// in: main
// Freeing a pointer malloc did not return: a local variable.
#include <stdlib.h>
int main(void) {
    int x = 1;
    int *p = &x;
    free(p); /* TRAP */
    return x;
}
