/* Variable-length arrays with several variable dimensions, pointers to
   them, parameters of variably modified type, and sizes evaluated once,
   where the declaration is (C99 6.7.5.2p5). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int calls;
static int next_size(int n) { calls++; return n; }

/* a[n][m] is `int (*a)[m]`: m is evaluated on entry. */
static void fill(int n, int m, int a[n][m]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            a[i][j] = i * 100 + j;
}

static long sum(int n, int m, int (*a)[m]) {
    long s = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            s += (long)a[i][j] * (i + 1) * (j + 2);
    return s;
}

/* Sizes that are expressions of earlier parameters. */
static double trace3(int k, double x[k][k + 1][2 * k]) {
    double t = 0;
    for (int i = 0; i < k; i++)
        t += x[i][i][2 * i] + x[i][i + 1][2 * k - 1];
    return t + (double)sizeof x[0] + (double)sizeof x[0][0];
}

/* A prototype with [*]: only checked, never evaluated. */
static int corner(int r, int c, int m[*][*]);
static int corner(int r, int c, int m[r][c]) { return m[r - 1][c - 1]; }

static int g_cols = 5;
static int by_global(int rows, int (*m)[g_cols]) {
    int s = 0;
    for (int i = 0; i < rows; i++) s += m[i][g_cols - 1];
    return s;
}

/* Pointer walks: ++, --, +=, -, and subtraction of row pointers. */
static void walk(int n, int m) {
    int a[n][m];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) a[i][j] = i * m + j;
    int (*p)[m] = a;
    int (*end)[m] = a + n;
    long s = 0;
    for (; p < end; p++) s += (*p)[m - 1];
    printf("walk %d %d: s=%ld rows=%td\n", n, m, s, end - a);
    p = end;
    p -= 2;
    --p;
    printf("  back %d, p[1][0]=%d, end-p=%td, bytes=%td\n", (*p)[0], p[1][0],
           end - p, (char *)end - (char *)p);
    int (*q)[m] = &a[1];
    q += 1;
    printf("  q row %td first %d\n", q - a, **q);
}

int main(void) {
    int n = 3, m = 4;
    int a[n][m];
    printf("sizes %zu %zu %zu\n", sizeof a, sizeof a[0], sizeof a[0][0]);
    fill(n, m, a);
    printf("sum %ld\n", sum(n, m, a));
    printf("corner %d\n", corner(n, m, a));
    printf("a[2][3]=%d &a[2][3]-&a[0][0]=%td\n", a[2][3], &a[2][3] - &a[0][0]);

    /* The sizes were fixed when the declarations were reached. */
    n = 50;
    m = 60;
    printf("after change %zu %zu\n", sizeof a, sizeof a[1]);
    int k = 2;
    typedef int row[k];
    k = 9;
    row r1, r2;
    printf("typedef %zu %zu %zu\n", sizeof(row), sizeof r1, sizeof r2);

    /* Each size expression is evaluated exactly once per declaration. */
    calls = 0;
    int b[next_size(2)][next_size(3)];
    int (*pb)[next_size(3)] = b;
    pb[1][2] = 7;
    printf("calls %d b %zu pb %zu b[1][2]=%d\n", calls, sizeof b, sizeof *pb, b[1][2]);

    /* Constant dimensions mixed in. */
    n = 2;
    m = 3;
    double d[2][n][m];
    double e[n][4][m];
    printf("mixed %zu %zu %zu %zu %zu\n", sizeof d, sizeof d[1], sizeof e, sizeof e[1],
           sizeof e[1][2]);
    memset(d, 0, sizeof d);
    d[1][1][2] = 2.5;
    e[1][3][2] = 1.25;
    printf("  %g %td %g %td\n", d[1][1][2], &d[1][1][2] - &d[0][0][0], e[1][3][2],
           &e[1][3][2] - &e[0][0][0]);

    int k3 = 3;
    double x[k3][k3 + 1][2 * k3];
    for (int i = 0; i < k3; i++)
        for (int j = 0; j < k3 + 1; j++)
            for (int l = 0; l < 2 * k3; l++) x[i][j][l] = i + j * 0.5 + l * 0.25;
    printf("trace3 %g\n", trace3(k3, x));

    int (*h)[g_cols] = malloc(4 * sizeof *h);
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < g_cols; j++) h[i][j] = i + j;
    printf("by_global %d\n", by_global(4, h));
    free(h);

    for (int i = 1; i <= 3; i++) walk(i + 2, 2 * i + 1);

    /* A loop whose body declares a two-dimensional array: released each
       iteration, so the stack does not grow. */
    long t = 0;
    for (int i = 0; i < 20000; i++) {
        int w[i % 7 + 1][i % 5 + 1];
        w[i % 7][i % 5] = i;
        t += w[i % 7][i % 5] + (long)sizeof w;
    }
    printf("loop %ld\n", t);
    return 0;
}
