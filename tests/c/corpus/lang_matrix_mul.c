/* whole program: matrix multiplication, identity check, matrix powers and a rectangular double product with 2D arrays */
#include <stdio.h>

#define N 4

static void matmul(const long a[N][N], const long b[N][N], long c[N][N]) {
    int i, j, k;
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) {
            long s = 0;
            for (k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

static void copy(long dst[N][N], const long src[N][N]) { int i, j; for (i = 0; i < N; i++) for (j = 0; j < N; j++) dst[i][j] = src[i][j]; }

static void print(const char *name, const long m[N][N]) {
    int i, j;
    printf("%s:\n", name);
    for (i = 0; i < N; i++) { for (j = 0; j < N; j++) printf(" %8ld", m[i][j]); printf("\n"); }
}

static void matmul_d(int n, int m, int p, const double *a, const double *b, double *c) {
    int i, j, k;
    for (i = 0; i < n; i++) for (j = 0; j < p; j++) {
        double s = 0;
        for (k = 0; k < m; k++) s += a[i * m + k] * b[k * p + j];
        c[i * p + j] = s;
    }
}

int main(void) {
    long a[N][N], id[N][N] = { { 0 } }, r[N][N], t[N][N];
    int i, j;
    for (i = 0; i < N; i++) { id[i][i] = 1; for (j = 0; j < N; j++) a[i][j] = (i + 1) * (j + 2) % 7 - 3; }
    print("a", (const long (*)[N])a);
    matmul((const long (*)[N])a, (const long (*)[N])id, r);
    int same = 1;
    for (i = 0; i < N; i++) for (j = 0; j < N; j++) same &= r[i][j] == a[i][j];
    printf("a * I == a: %d\n", same);
    /* a^8 by repeated squaring */
    long p[N][N];
    copy(p, (const long (*)[N])a);
    for (i = 0; i < 3; i++) { matmul((const long (*)[N])p, (const long (*)[N])p, t); copy(p, (const long (*)[N])t); }
    print("a^8", (const long (*)[N])p);
    /* fibonacci via [[1,1],[1,0]] embedded in 4x4 */
    long f[N][N] = { { 1, 1 }, { 1, 0 } }, acc[N][N] = { { 1 }, { 0, 1 } };
    for (i = 0; i < 40; i++) { matmul((const long (*)[N])acc, (const long (*)[N])f, t); copy(acc, (const long (*)[N])t); }
    printf("fib(40) via matrix = %ld\n", acc[0][1]);
    double x[2 * 3] = { 1, 2, 3, 4, 5, 6 }, y[3 * 2] = { 0.5, -1, 1.5, 2, -0.25, 0 }, z[2 * 2];
    matmul_d(2, 3, 2, x, y, z);
    printf("z = [%.3f %.3f; %.3f %.3f]\n", z[0], z[1], z[2], z[3]);
    return 0;
}
