/* The benign script of the load test (tests/tests/load.rs): hashes the
 * numbers below argv[1] (FNV-1a) into a heap array, sums it, asks the host
 * to mix the result (`host_mix`), prints the figures and exits with the
 * hash's low 6 bits. Small on purpose: the test measures instances. */
#include <stdio.h>
#include <stdlib.h>

extern long host_mix(long, long);

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 10;
    unsigned long *h = malloc((n + 1) * sizeof *h);
    h[0] = 14695981039346656037UL;
    for (long i = 0; i < n; i++)
        h[i + 1] = (h[i] ^ (unsigned long)i) * 1099511628211UL;
    unsigned long sum = 0;
    for (long i = 0; i <= n; i++)
        sum += h[i] >> 32;
    long mixed = host_mix((long)(sum & 0xffff), n);
    printf("n=%ld hash=%lu sum=%lu mix=%ld\n", n, h[n], sum, mixed);
    int status = (int)(h[n] & 63);
    free(h);
    return status;
}
