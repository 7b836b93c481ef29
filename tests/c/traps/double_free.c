// trap: double free
// in: free
#include <stdlib.h>
int main(void) {
    char *p = malloc(32);
    free(p);
    free(p); /* CALLER */
    return 0;
}
