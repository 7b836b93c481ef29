/* program: Conway's Game of Life on a 24x16 torus with a glider, blinker and R-pentomino, printing generations */
#include <stdio.h>
#include <string.h>

#define W 24
#define H 16

static unsigned char g[H][W], nx[H][W];

static void print_grid(int gen) {
    int alive = 0;
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) alive += g[y][x];
    printf("generation %d, alive %d\n", gen, alive);
    for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) putchar(g[y][x] ? '#' : '.');
        putchar('\n');
    }
}

static void step(void) {
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int n = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                    if (dx || dy) n += g[(y + dy + H) % H][(x + dx + W) % W];
            nx[y][x] = (unsigned char)(n == 3 || (n == 2 && g[y][x]));
        }
    memcpy(g, nx, sizeof g);
}

int main(void) {
    /* glider */
    g[1][2] = g[2][3] = g[3][1] = g[3][2] = g[3][3] = 1;
    /* blinker */
    g[2][15] = g[2][16] = g[2][17] = 1;
    /* R-pentomino */
    g[10][12] = g[10][13] = g[11][11] = g[11][12] = g[12][12] = 1;
    print_grid(0);
    for (int gen = 1; gen <= 40; gen++) {
        step();
        if (gen == 1 || gen == 4 || gen == 10 || gen == 40) print_grid(gen);
    }
    unsigned hash = 0;
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) hash = hash * 31u + g[y][x];
    printf("final hash %u\n", hash);
    return 0;
}
