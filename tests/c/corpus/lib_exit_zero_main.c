/* falling off the end of main returns 0; exit(0) in a helper after a partially written line */
#include <stdio.h>
#include <stdlib.h>

static int helper(int n) {
    if (n > 3) {
        fputs("helper exits", stdout);
        exit(EXIT_SUCCESS);
    }
    return n * 2;
}

int main(void) {
    int total = 0;
    for (int i = 0; i < 10; i++) {
        total += helper(i);
        printf("i=%d total=%d\n", i, total);
    }
}
