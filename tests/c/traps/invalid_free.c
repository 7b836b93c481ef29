// trap: invalid free
// in: main
#include <stdlib.h>
int main(void) {
    char *p = malloc(32);
    free(p + 8); /* TRAP */
    return 0;
}
