/* stdlib.h: malloc, calloc zeroing, realloc grow/shrink preserving data, realloc(NULL), free(NULL) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int *a = malloc(10 * sizeof *a);
    if (!a) return 1;
    for (int i = 0; i < 10; i++) a[i] = i * i;
    a = realloc(a, 1000 * sizeof *a);
    if (!a) return 2;
    int ok = 1;
    for (int i = 0; i < 10; i++) ok &= a[i] == i * i;
    printf("grow preserved: %d\n", ok);
    for (int i = 10; i < 1000; i++) a[i] = -i;
    a = realloc(a, 5 * sizeof *a);
    if (!a) return 3;
    printf("shrunk: %d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]);
    free(a);
    double *z = calloc(100, sizeof *z);
    if (!z) return 4;
    double sum = 0;
    for (int i = 0; i < 100; i++) sum += z[i];
    printf("calloc sum: %g\n", sum);
    free(z);
    unsigned char *zb = calloc(4096, 1);
    int nz = 0;
    for (int i = 0; i < 4096; i++) nz += zb[i] != 0;
    printf("calloc nonzero bytes: %d\n", nz);
    free(zb);
    char *s = realloc(NULL, 32);
    if (!s) return 5;
    strcpy(s, "from realloc(NULL)");
    printf("%s\n", s);
    free(s);
    free(NULL);
    printf("free(NULL) ok\n");
    char *grow = NULL;
    size_t cap = 0, len = 0;
    for (int i = 0; i < 200; i++) {
        if (len + 4 >= cap) {
            cap = cap ? cap * 2 : 8;
            grow = realloc(grow, cap);
            if (!grow) return 6;
        }
        len += (size_t)sprintf(grow + len, "%c", 'a' + i % 26);
    }
    printf("grown len=%zu cap=%zu head=%.30s\n", len, cap, grow);
    free(grow);
    void *m0 = malloc(1);
    printf("malloc(1) non-null: %d\n", m0 != NULL);
    free(m0);
    struct pt { int x, y; double w; } *pts = malloc(50 * sizeof *pts);
    for (int i = 0; i < 50; i++) { pts[i].x = i; pts[i].y = 2 * i; pts[i].w = i / 4.0; }
    double acc = 0;
    for (int i = 0; i < 50; i++) acc += pts[i].x + pts[i].y + pts[i].w;
    printf("struct array acc=%.2f\n", acc);
    free(pts);
    return 0;
}
