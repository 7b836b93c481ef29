// trap: heap-use-after-free: 1-byte write
// in: main
// A pointer kept across realloc: the old block is freed by realloc.
#include <stdlib.h>
#include <string.h>
int main(void) {
    char *buf = malloc(8); /* ALLOC */
    char *old = buf;
    strcpy(buf, "1234567");
    buf = realloc(buf, 4096); /* FREE */
    old[0] = 'x'; /* TRAP */
    free(buf);
    return 0;
}
