/* functions with many parameters (10, 20, mixed int/double/pointer) beyond the register count */
#include <stdio.h>

static long p10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
    return a + 2L * b + 3L * c + 4L * d + 5L * e + 6L * f + 7L * g + 8L * h + 9L * i + 10L * j;
}

static long p20(long a1, long a2, long a3, long a4, long a5, long a6, long a7, long a8, long a9, long a10,
                long a11, long a12, long a13, long a14, long a15, long a16, long a17, long a18, long a19, long a20) {
    return a1 - a2 + a3 - a4 + a5 - a6 + a7 - a8 + a9 - a10 + a11 - a12 + a13 - a14 + a15 - a16 + a17 - a18 + a19 * 1000 - a20 * 100000;
}

static double pmix(int a, double b, char c, float d, long e, double f, short g, double h, unsigned char i,
                   double j, int k, float l, double m, long n, double o, char p) {
    return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p;
}

static void pptr(int *a, int *b, int *c, int *d, int *e, int *f, int *g, int *h, int *i, int *j) {
    *a = 1; *b = 2; *c = 3; *d = 4; *e = 5; *f = 6; *g = 7; *h = 8; *i = 9; *j = 10;
}

static int pass_on(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
    return (int)p10(j, i, h, g, f, e, d, c, b, a);
}

struct pt { int x, y; };
static int pstruct(struct pt a, int b, struct pt c, int d, struct pt e, int f, struct pt g, int h, struct pt i) {
    return a.x + a.y + b + c.x * c.y + d + e.x - e.y + f + g.x + h + i.y;
}

int main(void) {
    printf("p10 = %ld\n", p10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("p20 = %ld\n", p20(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
    printf("pmix = %.3f\n", pmix(1, 2.5, 'a', 0.25f, 100000L, -3.5, -7, 1e3, 200, 0.125, -9, 1.5f, 2.25, -5L, 0.0625, 'z'));
    int a, b, c, d, e, f, g, h, i, j;
    pptr(&a, &b, &c, &d, &e, &f, &g, &h, &i, &j);
    printf("ptrs: %d %d %d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h, i, j);
    printf("pass_on = %d\n", pass_on(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    struct pt s1 = { 1, 2 }, s2 = { 3, 4 }, s3 = { 5, 6 }, s4 = { 7, 8 }, s5 = { 9, 10 };
    printf("pstruct = %d\n", pstruct(s1, 100, s2, 200, s3, 300, s4, 400, s5));
    return 0;
}
