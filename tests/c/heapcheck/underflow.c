// trap: heap-buffer-overflow: 1-byte write
// in: main
// A write just before the block.
#include <stdlib.h>
#include <string.h>
int main(void) {
    char *s = malloc(24); /* ALLOC */
    strcpy(s, "abc");
    s[-1] = 'x'; /* TRAP */
    return 0;
}
