// trap: heap-buffer-overflow: 4-byte write
// in: main
// One element past the end of a malloc'd array (the classic off-by-one).
#include <stdlib.h>
int main(void) {
    int *a = malloc(10 * sizeof(int)); /* ALLOC */
    for (int i = 0; i <= 10; i++)
        a[i] = i; /* TRAP */
    free(a);
    return 0;
}
