// trap: invalid free
// in: free
#include <stdlib.h>
int main(void) {
    char *p = malloc(32);
    free(p + 8); /* CALLER */
    return 0;
}
