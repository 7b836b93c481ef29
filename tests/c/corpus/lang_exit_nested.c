/* exit() called from deep inside nested calls ends the program with that status; buffered output is flushed */
#include <stdio.h>
#include <stdlib.h>

static int depth_reached;

static void dive(int n, int limit) {
    depth_reached = n;
    if (n == limit) {
        printf("exiting at depth %d", n); /* no newline: must still be flushed by exit */
        exit(n * 3 + 1);
    }
    dive(n + 1, limit);
    printf("never printed\n");
}

int main(void) {
    printf("start\n");
    dive(0, 17);
    printf("not reached %d\n", depth_reached);
    return 0;
}
