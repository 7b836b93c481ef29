/* PicoC copy of ../shared/bench-peers/c/sieve.c: int instead of int64_t (the
 * inner loop is guarded so that i*i cannot overflow),
 * declarations hoisted. Run: picoc sieve.c - N R */
#include <stdio.h>
#include <stdlib.h>

int sieve(int n) {
    unsigned char *composite = calloc(n + 1, 1);
    int count = 0;
    int i;
    int j;
    for (i = 2; i <= n; i++) {
        if (!composite[i]) {
            count++;
            /* i*i would overflow an int beyond 46340 (the original's int64_t does
             * not); there, i*i > n anyway, so the inner loop is skipped as in the original */
            if (i <= n / i)
                for (j = i * i; j <= n; j += i) composite[j] = 1;
        }
    }
    free(composite);
    return count;
}

int main(int argc, char **argv) {
    int n = 10000000;
    int r = 1;
    int count = 0;
    int k;
    if (argc > 1) n = atoi(argv[1]);
    if (argc > 2) r = atoi(argv[2]);
    for (k = 0; k < r; k++) count = sieve(n);
    printf("%d\n", count);
    return 0;
}
