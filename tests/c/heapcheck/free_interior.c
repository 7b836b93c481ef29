// trap: invalid free: 0x
// in: main
// Freeing a pointer into the middle of a block.
#include <stdlib.h>
int main(void) {
    char *p = malloc(100); /* ALLOC */
    free(p + 10); /* TRAP */
    return 0;
}
