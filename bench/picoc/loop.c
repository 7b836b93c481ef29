/* PicoC copy of ../shared/bench-peers/c/loop.c: int instead of int64_t (PicoC's 64-bit
 * multiply truncates to 32 bits), so i*i must fit in 31 bits: N <= 46340. To give it
 * a measurable amount of work, the loop runs R times (second argument, default 1),
 * from scratch each time: the output is the original's for N, whatever R is.
 * Run: picoc loop.c - N R */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = 46340;
    int r = 1;
    int acc = 0;
    int i;
    int x;
    int k;
    if (argc > 1) n = atoi(argv[1]);
    if (argc > 2) r = atoi(argv[2]);
    for (k = 0; k < r; k++) {
        acc = 0;
        for (i = 0; i < n; i++) {
            x = i * i % 7;
            if (x < 4) acc += x;
            else acc -= 1;
        }
    }
    printf("%d\n", acc);
    return 0;
}
