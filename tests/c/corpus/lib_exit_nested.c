/* stdlib.h: exit() called from deep recursion with buffered output still pending; status 42 */
#include <stdio.h>
#include <stdlib.h>

static void descend(int depth) {
    if (depth > 1000) return;
    printf("depth %d", depth);
    if (depth == 25) {
        printf(" -> exiting without newline");
        exit(42);
    }
    printf("\n");
    descend(depth + 1);
    printf("never printed\n");
}

int main(void) {
    printf("start\n");
    descend(0);
    printf("unreachable\n");
    return 0;
}
