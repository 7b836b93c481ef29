// trap: out-of-bounds access
// in: get
#include <stddef.h>
static int get(const int *p) {
    return *p; /* TRAP */
}
int main(void) {
    int *p = NULL;
    return get(p);
}
