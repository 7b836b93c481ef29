/* PicoC copy of ../shared/bench-peers/c/fib.c: int instead of int64_t (no <stdint.h>
 * in PicoC; fib(N) fits in 32 bits for N <= 46). Run: picoc fib.c - N */
#include <stdio.h>
#include <stdlib.h>

int fib(int n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv) {
    int n = 32;
    if (argc > 1) n = atoi(argv[1]);
    printf("%d\n", fib(n));
    return 0;
}
