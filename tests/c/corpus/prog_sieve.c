/* program: sieve of Eratosthenes to 200000: prime counts per range, twin primes, gaps, Goldbach checks */
#include <stdio.h>
#include <string.h>

#define LIMIT 200000

static unsigned char composite[LIMIT + 1];

int main(void) {
    composite[0] = composite[1] = 1;
    for (int i = 2; (long)i * i <= LIMIT; i++)
        if (!composite[i]) for (int j = i * i; j <= LIMIT; j += i) composite[j] = 1;
    int count = 0, twins = 0, maxgap = 0, gapstart = 0, last = 0;
    int marks[] = {10, 100, 1000, 10000, 100000, 200000};
    int mi = 0;
    for (int i = 2; i <= LIMIT; i++) {
        if (!composite[i]) {
            count++;
            if (i >= 5 && !composite[i - 2]) twins++;
            if (last && i - last > maxgap) { maxgap = i - last; gapstart = last; }
            last = i;
        }
        if (mi < 6 && i == marks[mi]) { printf("pi(%d) = %d\n", i, count); mi++; }
    }
    printf("twin prime pairs: %d\n", twins);
    printf("largest gap: %d after %d\n", maxgap, gapstart);
    printf("last prime: %d\n", last);
    printf("first 30 primes:");
    for (int i = 2, k = 0; k < 30; i++) if (!composite[i]) { printf(" %d", i); k++; }
    printf("\n");
    int goldbach_ok = 1;
    for (int n = 4; n <= 20000; n += 2) {
        int found = 0;
        for (int p = 2; p <= n / 2; p++) if (!composite[p] && !composite[n - p]) { found = 1; break; }
        if (!found) goldbach_ok = 0;
    }
    printf("goldbach holds up to 20000: %d\n", goldbach_ok);
    for (int n = 100; n <= 1000; n += 300) {
        int reps = 0;
        for (int p = 2; p <= n / 2; p++) if (!composite[p] && !composite[n - p]) reps++;
        printf("goldbach representations of %d: %d\n", n, reps);
    }
    long long sum = 0;
    for (int i = 2; i <= LIMIT; i++) if (!composite[i]) sum += i;
    printf("sum of primes <= %d: %lld\n", LIMIT, sum);
    int digits[10] = {0};
    for (int i = 2; i <= LIMIT; i++) if (!composite[i]) digits[i % 10]++;
    printf("last digit counts:");
    for (int d = 0; d < 10; d++) printf(" %d:%d", d, digits[d]);
    printf("\n");
    return 0;
}
