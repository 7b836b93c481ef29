/* stdlib.h: qsort with element sizes 1, 2, 3, 8, 12, 40 bytes and counts 0..70 checked against insertion sort */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static size_t g_size;
static int cmp_bytes(const void *a, const void *b) {
    /* total order: lexicographic on all bytes */
    return memcmp(a, b, g_size);
}

static void isort(unsigned char *base, size_t n, size_t size) {
    unsigned char tmp[64];
    for (size_t i = 1; i < n; i++) {
        memcpy(tmp, base + i * size, size);
        size_t j = i;
        while (j > 0 && memcmp(base + (j - 1) * size, tmp, size) > 0) { memcpy(base + j * size, base + (j - 1) * size, size); j--; }
        memcpy(base + j * size, tmp, size);
    }
}

int main(void) {
    size_t sizes[] = {1, 2, 3, 8, 12, 40};
    uint32_t s = 4242;
    static unsigned char a[70 * 40], b[70 * 40];
    int bad = 0, total = 0;
    unsigned long hash = 0;
    for (int si = 0; si < 6; si++) {
        size_t size = sizes[si];
        g_size = size;
        for (size_t n = 0; n <= 70; n++) {
            for (size_t i = 0; i < n * size; i++) { s = s * 1103515245u + 12345u; a[i] = (unsigned char)((s >> 16) % (n % 3 == 0 ? 4u : 256u)); }
            memcpy(b, a, n * size);
            qsort(a, n, size, cmp_bytes);
            isort(b, n, size);
            total++;
            if (memcmp(a, b, n * size) != 0) bad++;
            for (size_t i = 0; i < n * size; i++) hash = hash * 33 + a[i];
        }
        printf("size %2zu: sorted %d arrays so far, mismatches %d\n", size, total, bad);
    }
    printf("hash %lu\n", hash);
    return bad;
}
