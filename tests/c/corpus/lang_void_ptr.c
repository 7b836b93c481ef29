/* void * conversions: generic swap, generic compare for qsort, memcpy through void* */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void swap(void *a, void *b, size_t n) {
    unsigned char *x = a, *y = b;
    while (n--) { unsigned char t = *x; *x++ = *y; *y++ = t; }
}

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct pair { int k; double v; };
static int cmp_pair_desc(const void *a, const void *b) {
    const struct pair *p = a, *q = b;
    return (q->k > p->k) - (q->k < p->k);
}

static void *pick(void *base, size_t size, size_t idx) { return (char *)base + size * idx; }

int main(void) {
    int i1 = 3, i2 = 9;
    swap(&i1, &i2, sizeof i1);
    printf("i1=%d i2=%d\n", i1, i2);
    double d1 = 1.25, d2 = -8.5;
    swap(&d1, &d2, sizeof d1);
    printf("d1=%.2f d2=%.2f\n", d1, d2);
    struct pair pa = { 1, 1.0 }, pb = { 2, 2.0 };
    swap(&pa, &pb, sizeof pa);
    printf("pa=%d,%.1f pb=%d,%.1f\n", pa.k, pa.v, pb.k, pb.v);
    int arr[] = { 5, -2, 9, 0, 7, 7, -10, 3 };
    qsort(arr, 8, sizeof arr[0], cmp_int);
    int i;
    for (i = 0; i < 8; i++) printf("%d ", arr[i]);
    printf("\n");
    const char *names[] = { "pear", "apple", "fig", "banana", "cherry" };
    qsort(names, 5, sizeof names[0], cmp_str);
    for (i = 0; i < 5; i++) printf("%s ", names[i]);
    printf("\n");
    struct pair ps[4] = { { 3, 0.3 }, { 1, 0.1 }, { 4, 0.4 }, { 2, 0.2 } };
    qsort(ps, 4, sizeof ps[0], cmp_pair_desc);
    for (i = 0; i < 4; i++) printf("%d:%.1f ", ps[i].k, ps[i].v);
    printf("\n");
    void *v = pick(ps, sizeof ps[0], 2);
    printf("pick 2 -> k=%d\n", ((struct pair *)v)->k);
    int *ip = pick(arr, sizeof(int), 7);
    printf("pick 7 -> %d\n", *ip);
    void *raw = malloc(16);
    memcpy(raw, "0123456789abcde", 16);
    char *cs = raw;
    printf("raw = %s\n", cs + 4);
    free(raw);
    void *nv = NULL;
    int *np = nv;
    printf("np == NULL: %d\n", np == NULL);
    return 0;
}
