// trap: double free
// in: main
#include <stdlib.h>
static void release(char *p) { free(p); } /* FREE */
int main(void) {
    char *p = calloc(4, 8); /* ALLOC */
    release(p);
    free(p); /* TRAP */
    return 0;
}
