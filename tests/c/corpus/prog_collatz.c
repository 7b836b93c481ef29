/* program: Collatz sequence statistics up to 30000 with a memo table: longest chain, peak values, histogram */
#include <stdio.h>
#include <stdint.h>

#define LIMIT 30000
static int memo[LIMIT];

static int steps(uint64_t n, uint64_t *peak) {
    int s = 0;
    uint64_t start = n;
    while (n != 1) {
        if (n < LIMIT && n < start && memo[n]) return s + memo[n];
        n = (n & 1) ? 3 * n + 1 : n / 2;
        if (n > *peak) *peak = n;
        s++;
    }
    return s;
}

int main(void) {
    int best = 1, beststeps = 0;
    uint64_t maxpeak = 0, peakstart = 0;
    int hist[10] = {0};
    long long total = 0;
    for (int i = 1; i < LIMIT; i++) {
        uint64_t peak = (uint64_t)i;
        int s = steps((uint64_t)i, &peak);
        memo[i] = s;
        total += s;
        if (s > beststeps) { beststeps = s; best = i; }
        if (peak > maxpeak) { maxpeak = peak; peakstart = (uint64_t)i; }
        hist[s / 40 < 9 ? s / 40 : 9]++;
    }
    printf("longest chain below %d: start %d, %d steps\n", LIMIT, best, beststeps);
    printf("highest peak: %llu reached from %llu\n", (unsigned long long)maxpeak, (unsigned long long)peakstart);
    printf("average steps: %.4f\n", (double)total / (LIMIT - 1));
    for (int i = 0; i < 10; i++) printf("steps %3d-%-3s: %d\n", i * 40, i < 9 ? "" : "+", hist[i]);
    printf("sequence for 27:");
    uint64_t n = 27;
    int k = 0;
    while (n != 1) { if (k % 16 == 0) printf("\n "); printf(" %llu", (unsigned long long)n); n = n & 1 ? 3 * n + 1 : n / 2; k++; }
    printf(" 1\n");
    printf("memo[27]=%d memo[97]=%d memo[871]=%d\n", memo[27], memo[97], memo[871]);
    return 0;
}
