/* Old-style (K&R) definitions whose parameter declarations size arrays by
   other parameters, in either order of the identifier list. */
#include <stdio.h>

int sum(n, a) int n; int a[n]; {
    int s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}

int last(a, n, m) int n, m; int a[n][m]; {
    return a[n - 1][m - 1] * 100 + (int)(sizeof a[0] / sizeof a[0][0]);
}

long total(rows, cols, g) int rows; int cols; double g[rows][cols]; {
    double t = 0;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++) t += g[r][c] * (r + 1);
    return (long)t;
}

int main(void) {
    int v[4] = {1, 2, 3, 4};
    int w[2][3] = {{1, 2, 3}, {4, 5, 6}};
    double g[3][2] = {{1, 2}, {3, 4}, {5, 6}};
    printf("%d %d %ld\n", sum(4, v), last(w, 2, 3), total(3, 2, g));
    return 0;
}
