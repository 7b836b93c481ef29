/* program: N-queens solution counts for N=1..9 with bitmasks, and the first 8-queens solution drawn */
#include <stdio.h>

static int count(int n, unsigned cols, unsigned d1, unsigned d2, int row) {
    if (row == n) return 1;
    int total = 0;
    unsigned avail = ~(cols | d1 | d2) & ((1u << n) - 1);
    while (avail) {
        unsigned bit = avail & (~avail + 1u);
        avail ^= bit;
        total += count(n, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1, row + 1);
    }
    return total;
}

static int pos[8];
static int safe(int row, int col) {
    for (int r = 0; r < row; r++) {
        int c = pos[r];
        if (c == col || c - col == r - row || c - col == row - r) return 0;
    }
    return 1;
}
static int first(int row) {
    if (row == 8) return 1;
    for (int c = 0; c < 8; c++)
        if (safe(row, c)) { pos[row] = c; if (first(row + 1)) return 1; }
    return 0;
}

int main(void) {
    for (int n = 1; n <= 9; n++) printf("N=%d solutions=%d\n", n, count(n, 0, 0, 0, 0));
    if (first(0)) {
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) printf("%s", pos[r] == c ? " Q" : " .");
            printf("\n");
        }
    }
    return 0;
}
