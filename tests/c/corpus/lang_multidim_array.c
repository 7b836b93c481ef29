/* multi-dimensional arrays: int a[3][4][5], indexing, layout, passing to functions */
#include <stdio.h>

static int sum3d(int a[][4][5], int n) {
    int s = 0, i, j, k;
    for (i = 0; i < n; i++) for (j = 0; j < 4; j++) for (k = 0; k < 5; k++) s += a[i][j][k];
    return s;
}

static void scale_plane(int (*plane)[5], int rows, int f) {
    int j, k;
    for (j = 0; j < rows; j++) for (k = 0; k < 5; k++) plane[j][k] *= f;
}

static int trace(int m[4][4]) { int t = 0, i; for (i = 0; i < 4; i++) t += m[i][i]; return t; }

int main(void) {
    int a[3][4][5];
    int i, j, k;
    for (i = 0; i < 3; i++) for (j = 0; j < 4; j++) for (k = 0; k < 5; k++) a[i][j][k] = i * 100 + j * 10 + k;
    printf("a[2][3][4] = %d, a[1][0][2] = %d\n", a[2][3][4], a[1][0][2]);
    printf("sizeof a = %zu, a[0] = %zu, a[0][0] = %zu\n", sizeof a, sizeof a[0], sizeof a[0][0]);
    printf("sum = %d\n", sum3d(a, 3));
    scale_plane(a[1], 4, 2);
    printf("after scale: a[1][2][3] = %d, a[2][2][3] = %d\n", a[1][2][3], a[2][2][3]);
    printf("sum = %d\n", sum3d(a, 3));
    int *flat = &a[0][0][0];
    printf("flat[1*20 + 2*5 + 3] = %d\n", flat[1 * 20 + 2 * 5 + 3]);
    printf("&a[1][0][0] - &a[0][0][0] = %ld\n", (long)(&a[1][0][0] - &a[0][0][0]));
    int m[4][4] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 }, { 13, 14, 15, 16 } };
    printf("trace = %d\n", trace(m));
    /* transpose in place */
    for (i = 0; i < 4; i++) for (j = i + 1; j < 4; j++) { int t = m[i][j]; m[i][j] = m[j][i]; m[j][i] = t; }
    for (i = 0; i < 4; i++) { for (j = 0; j < 4; j++) printf("%3d", m[i][j]); printf("\n"); }
    char grid[3][6] = { "#...#", ".#.#.", "..#.." };
    for (i = 0; i < 3; i++) printf("%s|\n", grid[i]);
    grid[1][2] = '@';
    printf("%s\n", grid[1]);
    double dm[2][3] = { { 1.5 }, { 0, 2.5 } };
    for (i = 0; i < 2; i++) for (j = 0; j < 3; j++) printf("%.1f%c", dm[i][j], j == 2 ? '\n' : ' ');
    return 0;
}
