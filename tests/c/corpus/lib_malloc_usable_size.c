/* glibc's <malloc.h>: malloc_usable_size covers at least the bytes asked
   for, all of which may be written; posix_memalign and memalign for the
   alignments malloc already gives. */
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int ok = 1;
    for (size_t n = 1; n <= 200; n += 7) {
        unsigned char *p = malloc(n);
        size_t u = malloc_usable_size(p);
        if (u < n) ok = 0;
        memset(p, 0xab, u);
        p = realloc(p, n * 3);
        if (malloc_usable_size(p) < n * 3 || p[n - 1] != 0xab) ok = 0;
        free(p);
    }
    printf("usable %d\n", ok);
    printf("null %zu\n", malloc_usable_size(NULL));

    void *q = 0;
    int r = posix_memalign(&q, 16, 100);
    printf("posix_memalign %d %d\n", r, (int)((uintptr_t)q % 16));
    memset(q, 1, 100);
    free(q);
    char *m = memalign(16, 50);
    printf("memalign %d %d\n", m != NULL, (int)((uintptr_t)m % 16));
    free(m);
    return 0;
}
