/* volatile and restrict qualifiers: semantics unchanged for single-threaded code, every access still happens */
#include <stdio.h>

static volatile int vcounter;
static void vadd(volatile int *p, int n) { int i; for (i = 0; i < n; i++) *p += 1; }

static void add_arrays(int n, int *restrict dst, const int *restrict a, const int *restrict b) {
    int i;
    for (i = 0; i < n; i++) dst[i] = a[i] + b[i];
}

static void scale(int n, double *restrict v, double f) { int i; for (i = 0; i < n; i++) v[i] *= f; }

int main(void) {
    vadd(&vcounter, 1000);
    printf("vcounter = %d\n", vcounter);
    volatile double vd = 1.5;
    vd = vd * 2;
    vd += 0.25;
    printf("vd = %.2f\n", vd);
    volatile char buf[4] = { 'a', 'b', 'c', 0 };
    buf[1] = 'X';
    printf("buf = %c%c%c\n", buf[0], buf[1], buf[2]);
    int a[5] = { 1, 2, 3, 4, 5 }, b[5] = { 10, 20, 30, 40, 50 }, d[5];
    add_arrays(5, d, a, b);
    int i;
    for (i = 0; i < 5; i++) printf("%d ", d[i]);
    printf("\n");
    double v[3] = { 1, 2, 3 };
    scale(3, v, -0.5);
    printf("%.2f %.2f %.2f\n", v[0], v[1], v[2]);
    int *restrict rp = a;
    rp[0] = 100;
    printf("a[0] = %d\n", a[0]);
    const volatile int cv = 42;
    printf("cv = %d\n", cv);
    volatile unsigned long spins = 0;
    while (spins < 50) spins++;
    printf("spins = %lu\n", spins);
    return 0;
}
