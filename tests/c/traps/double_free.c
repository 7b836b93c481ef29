// trap: double free
// in: main
// (free is inlined: the trap names the line that freed twice)
#include <stdlib.h>
int main(void) {
    char *p = malloc(32);
    free(p);
    free(p); /* TRAP */
    return 0;
}
