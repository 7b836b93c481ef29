/* program: sudoku solver by backtracking with candidate bitmasks, two puzzles, validity check */
#include <stdio.h>

static int grid[9][9];
static long nodes;

static int candidates(int r, int c) {
    int used = 0;
    for (int i = 0; i < 9; i++) used |= 1 << grid[r][i], used |= 1 << grid[i][c];
    int br = r / 3 * 3, bc = c / 3 * 3;
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) used |= 1 << grid[br + i][bc + j];
    return ~used & 0x3FE;
}

static int solve(void) {
    int br = -1, bc = -1, best = 10, bmask = 0;
    for (int r = 0; r < 9; r++)
        for (int c = 0; c < 9; c++)
            if (!grid[r][c]) {
                int m = candidates(r, c), cnt = 0;
                for (int v = 1; v <= 9; v++) cnt += (m >> v) & 1;
                if (cnt < best) { best = cnt; br = r; bc = c; bmask = m; }
            }
    if (br < 0) return 1;
    for (int v = 1; v <= 9; v++)
        if (bmask & (1 << v)) {
            nodes++;
            grid[br][bc] = v;
            if (solve()) return 1;
            grid[br][bc] = 0;
        }
    return 0;
}

static int valid(void) {
    for (int i = 0; i < 9; i++) {
        int row = 0, col = 0, box = 0;
        for (int j = 0; j < 9; j++) {
            row |= 1 << grid[i][j];
            col |= 1 << grid[j][i];
            box |= 1 << grid[i / 3 * 3 + j / 3][i % 3 * 3 + j % 3];
        }
        if (row != 0x3FE || col != 0x3FE || box != 0x3FE) return 0;
    }
    return 1;
}

static void load_and_solve(const char *s) {
    for (int i = 0; i < 81; i++) grid[i / 9][i % 9] = s[i] == '.' ? 0 : s[i] - '0';
    nodes = 0;
    int ok = solve();
    printf("solved=%d valid=%d nodes=%ld\n", ok, ok && valid(), nodes);
    for (int r = 0; r < 9; r++) {
        for (int c = 0; c < 9; c++) printf("%d%s", grid[r][c], c == 2 || c == 5 ? " | " : c == 8 ? "" : " ");
        printf("\n");
        if (r == 2 || r == 5) printf("------+-------+------\n");
    }
}

int main(void) {
    load_and_solve("53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79");
    load_and_solve("4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......");
    return 0;
}
