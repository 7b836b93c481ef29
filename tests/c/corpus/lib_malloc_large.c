/* stdlib.h: a 10 MB malloc, filled and checksummed sparsely; a large calloc; big realloc */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

int main(void) {
    size_t n = 10u * 1024u * 1024u;
    unsigned char *p = malloc(n);
    if (!p) { printf("malloc failed\n"); return 1; }
    memset(p, 0x11, n);
    for (size_t i = 0; i < n; i += 4096) p[i] = (unsigned char)(i >> 12);
    uint32_t sum = 0;
    for (size_t i = 0; i < n; i += 1024) sum += p[i];
    sum += p[n - 1];
    printf("10MB block checksum=%u first=%d last=%d\n", (unsigned)sum, p[0], p[n - 1]);
    unsigned char *q = realloc(p, n + 1024 * 1024);
    if (!q) { printf("realloc failed\n"); return 2; }
    q[n + 1024 * 1024 - 1] = 0xEE;
    printf("after realloc: %d %d %d\n", q[4096], q[n - 1], q[n + 1024 * 1024 - 1]);
    free(q);
    uint64_t *c = calloc(1024 * 1024, sizeof *c);
    if (!c) { printf("calloc failed\n"); return 3; }
    uint64_t zs = 0;
    for (size_t i = 0; i < 1024 * 1024; i += 777) zs += c[i];
    c[1024 * 1024 - 1] = 99;
    printf("8MB calloc zero-sum=%llu last=%llu\n", (unsigned long long)zs, (unsigned long long)c[1024 * 1024 - 1]);
    free(c);
    return 0;
}
