/* program: 2048 game simulation with a deterministic tile spawner and a fixed cyclic move sequence */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static int board[4][4];
static long score;
static uint32_t seed = 12345;
static uint32_t rnd(void) { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7fff; }

static void spawn(void) {
    int empty[16], n = 0;
    for (int i = 0; i < 16; i++) if (!board[i / 4][i % 4]) empty[n++] = i;
    if (!n) return;
    int pos = empty[rnd() % (uint32_t)n];
    board[pos / 4][pos % 4] = rnd() % 10 == 0 ? 4 : 2;
}

/* slide one line toward index 0 */
static int slide(int *line[4]) {
    int vals[4], n = 0, moved = 0;
    for (int i = 0; i < 4; i++) if (*line[i]) vals[n++] = *line[i];
    int out[4] = {0}, k = 0;
    for (int i = 0; i < n; i++) {
        if (i + 1 < n && vals[i] == vals[i + 1]) { out[k++] = vals[i] * 2; score += vals[i] * 2; i++; }
        else out[k++] = vals[i];
    }
    for (int i = 0; i < 4; i++) { if (*line[i] != out[i]) moved = 1; *line[i] = out[i]; }
    return moved;
}

static int move(char dir) {
    int moved = 0;
    for (int i = 0; i < 4; i++) {
        int *line[4];
        for (int j = 0; j < 4; j++) {
            switch (dir) {
            case 'L': line[j] = &board[i][j]; break;
            case 'R': line[j] = &board[i][3 - j]; break;
            case 'U': line[j] = &board[j][i]; break;
            default: line[j] = &board[3 - j][i]; break;
            }
        }
        moved |= slide(line);
    }
    return moved;
}

static void show(void) {
    for (int r = 0; r < 4; r++) {
        for (int c = 0; c < 4; c++) { if (board[r][c]) printf("%5d", board[r][c]); else printf("    ."); }
        printf("\n");
    }
}

static int can_move(void) {
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++) {
            if (!board[r][c]) return 1;
            if (c < 3 && board[r][c] == board[r][c + 1]) return 1;
            if (r < 3 && board[r][c] == board[r + 1][c]) return 1;
        }
    return 0;
}

int main(void) {
    spawn();
    spawn();
    show();
    const char *pattern = "LDRDLDRU";
    int moves = 0, wasted = 0;
    for (int t = 0; t < 2000 && can_move(); t++) {
        char d = pattern[t % 8];
        if (move(d)) { spawn(); moves++; }
        else wasted++;
        if (moves == 10 && wasted >= 0) { printf("after 10 moves (score %ld):\n", score); show(); wasted = -1000000; }
    }
    int maxtile = 0;
    for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) if (board[r][c] > maxtile) maxtile = board[r][c];
    printf("game over after %d moves, score %ld, max tile %d\n", moves, score, maxtile);
    show();
    return 0;
}
