/* PicoC copy of ../shared/bench-peers/c/fannkuch.c: int instead of int64_t, no comma
 * in for (the flip loop is a while), declarations hoisted. Run: picoc fannkuch.c - N */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = 9;
    int perm[32];
    int perm1[32];
    int count[32];
    int checksum = 0;
    int max_flips = 0;
    int perm_count = 0;
    int r;
    int i;
    int j;
    int k;
    int t;
    int flips;
    int first;
    if (argc > 1) n = atoi(argv[1]);
    r = n;

    for (i = 0; i < n; i++) perm1[i] = i;
    for (;;) {
        while (r != 1) { count[r - 1] = r; r--; }

        for (i = 0; i < n; i++) perm[i] = perm1[i];
        flips = 0;
        for (k = perm[0]; k != 0; k = perm[0]) {
            i = 0;
            j = k;
            while (i < j) {
                t = perm[i]; perm[i] = perm[j]; perm[j] = t;
                i++;
                j--;
            }
            flips++;
        }
        if (flips > max_flips) max_flips = flips;
        if (perm_count % 2 == 0) checksum += flips;
        else checksum -= flips;

        /* next permutation: rotate the first r+1 elements until a counter is left */
        for (;;) {
            if (r == n) {
                printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, max_flips);
                return 0;
            }
            first = perm1[0];
            for (i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = first;
            count[r]--;
            if (count[r] > 0) break;
            r++;
        }
        perm_count++;
    }
}
