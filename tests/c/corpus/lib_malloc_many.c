/* stdlib.h: thousands of mixed-size allocations, frees in scrambled order, reallocs, with checksums */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define N 3000

static uint32_t lcg(uint32_t *s) { *s = *s * 1103515245u + 12345u; return (*s >> 16) & 0x7fff; }

int main(void) {
    static unsigned char *blocks[N];
    static size_t sizes[N];
    uint32_t seed = 7;
    uint32_t sum = 0;
    for (int i = 0; i < N; i++) {
        sizes[i] = 1 + lcg(&seed) % 300;
        blocks[i] = malloc(sizes[i]);
        if (!blocks[i]) { printf("alloc failed\n"); return 1; }
        for (size_t k = 0; k < sizes[i]; k++) blocks[i][k] = (unsigned char)(i + k);
    }
    /* free every third block, then reallocate them with different sizes */
    for (int i = 0; i < N; i += 3) { free(blocks[i]); blocks[i] = NULL; }
    for (int i = 0; i < N; i += 3) {
        sizes[i] = 1 + lcg(&seed) % 500;
        blocks[i] = calloc(sizes[i], 1);
        for (size_t k = 0; k < sizes[i]; k += 2) blocks[i][k] = (unsigned char)(k ^ (size_t)i);
    }
    /* realloc every fifth block */
    for (int i = 0; i < N; i += 5) {
        size_t ns = sizes[i] * 2 + 3;
        unsigned char *p = realloc(blocks[i], ns);
        if (!p) return 2;
        memset(p + sizes[i], 0x5a, ns - sizes[i]);
        blocks[i] = p;
        sizes[i] = ns;
    }
    size_t total = 0;
    for (int i = 0; i < N; i++) {
        total += sizes[i];
        for (size_t k = 0; k < sizes[i]; k++) sum = sum * 31u + blocks[i][k];
    }
    printf("blocks=%d total=%zu checksum=%08x\n", N, total, (unsigned)sum);
    /* free in a scrambled order */
    int order[N];
    for (int i = 0; i < N; i++) order[i] = i;
    for (int i = N - 1; i > 0; i--) {
        int j = (int)(lcg(&seed) % (uint32_t)(i + 1));
        int t = order[i]; order[i] = order[j]; order[j] = t;
    }
    for (int i = 0; i < N; i++) free(blocks[order[i]]);
    /* churn: allocate and free repeatedly */
    uint32_t churn = 0;
    for (int round = 0; round < 2000; round++) {
        size_t sz = 16 + (size_t)(round % 97) * 8;
        uint32_t *p = malloc(sz);
        p[0] = (uint32_t)round;
        p[sz / 4 - 1] = (uint32_t)round * 3u;
        churn += p[0] + p[sz / 4 - 1];
        free(p);
    }
    printf("churn=%u\n", (unsigned)churn);
    return 0;
}
