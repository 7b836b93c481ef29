/* program: dense matrix determinant (LU with partial pivoting), inverse (Gauss-Jordan), product check, Hilbert matrices */
#include <stdio.h>
#include <math.h>
#include <string.h>

#define MAXN 8

static double det(double a[MAXN][MAXN], int n) {
    double m[MAXN][MAXN];
    memcpy(m, a, sizeof m);
    double d = 1.0;
    for (int c = 0; c < n; c++) {
        int p = c;
        for (int r = c + 1; r < n; r++) if (fabs(m[r][c]) > fabs(m[p][c])) p = r;
        if (m[p][c] == 0.0) return 0.0;
        if (p != c) { for (int k = 0; k < n; k++) { double t = m[p][k]; m[p][k] = m[c][k]; m[c][k] = t; } d = -d; }
        d *= m[c][c];
        for (int r = c + 1; r < n; r++) {
            double f = m[r][c] / m[c][c];
            for (int k = c; k < n; k++) m[r][k] -= f * m[c][k];
        }
    }
    return d;
}

static int inverse(double a[MAXN][MAXN], double inv[MAXN][MAXN], int n) {
    double m[MAXN][2 * MAXN];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < 2 * n; j++) m[i][j] = j < n ? a[i][j] : (j - n == i);
    for (int c = 0; c < n; c++) {
        int p = c;
        for (int r = c + 1; r < n; r++) if (fabs(m[r][c]) > fabs(m[p][c])) p = r;
        if (fabs(m[p][c]) < 1e-15) return 0;
        for (int k = 0; k < 2 * n; k++) { double t = m[p][k]; m[p][k] = m[c][k]; m[c][k] = t; }
        double piv = m[c][c];
        for (int k = 0; k < 2 * n; k++) m[c][k] /= piv;
        for (int r = 0; r < n; r++)
            if (r != c) {
                double f = m[r][c];
                for (int k = 0; k < 2 * n; k++) m[r][k] -= f * m[c][k];
            }
    }
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) inv[i][j] = m[i][j + n];
    return 1;
}

static void print(const char *name, double a[MAXN][MAXN], int n) {
    printf("%s:\n", name);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) printf(" %12.6f", a[i][j]);
        printf("\n");
    }
}

static void analyse(const char *name, double a[MAXN][MAXN], int n) {
    print(name, a, n);
    printf("det = %.10g\n", det(a, n));
    double inv[MAXN][MAXN];
    if (!inverse(a, inv, n)) { printf("singular\n"); return; }
    print("inverse", inv, n);
    double err = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int k = 0; k < n; k++) s += a[i][k] * inv[k][j];
            err = fmax(err, fabs(s - (i == j)));
        }
    printf("max |A*inv - I| < 1e-9: %s\n", err < 1e-9 ? "yes" : "no");
}

int main(void) {
    double a[MAXN][MAXN] = {{4, -2, 1}, {3, 6, -4}, {2, 1, 8}};
    analyse("A", a, 3);
    double b[MAXN][MAXN] = {{2, 0, 0, 0}, {0, 3, 0, 0}, {0, 0, 0.5, 0}, {0, 0, 0, -4}};
    analyse("diag", b, 4);
    double s[MAXN][MAXN] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    analyse("singular", s, 3);
    double h[MAXN][MAXN];
    for (int n = 2; n <= 6; n++) {
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) h[i][j] = 1.0 / (i + j + 1);
        printf("hilbert %d det=%.6e\n", n, det(h, n));
    }
    double r[MAXN][MAXN];
    unsigned x = 17;
    for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) { x = x * 1103515245u + 12345u; r[i][j] = (double)((x >> 16) % 21) - 10.0; }
    analyse("random", r, 5);
    return 0;
}
