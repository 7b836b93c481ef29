/* EXIT_SUCCESS / EXIT_FAILURE and exit() after printing without a trailing newline */
#include <stdio.h>
#include <stdlib.h>

static int validate(const int *a, int n) {
    int i;
    for (i = 1; i < n; i++) if (a[i - 1] > a[i]) return i;
    return 0;
}

int main(void) {
    int sorted[] = { 1, 2, 3, 5, 8 };
    int unsorted[] = { 1, 3, 2, 4 };
    printf("EXIT_SUCCESS=%d EXIT_FAILURE=%d\n", EXIT_SUCCESS, EXIT_FAILURE);
    printf("sorted check: %d\n", validate(sorted, 5));
    int bad = validate(unsorted, 4);
    printf("unsorted check: %d", bad);
    if (bad) exit(EXIT_FAILURE);
    return EXIT_SUCCESS;
}
