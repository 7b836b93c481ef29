// trap: wild heap access: 1-byte write
// in: main
// A write far past the only block, into heap space no block holds.
#include <stdlib.h>
int main(void) {
    char *p = malloc(16);
    p[200000] = 1; /* TRAP */
    return 0;
}
