/* whole program: Conway's game of life on a torus with 2D char arrays, printed every few generations */
#include <stdio.h>
#include <string.h>

#define W 20
#define H 10

static void show(char g[H][W], int gen) {
    int y, x, alive = 0;
    printf("gen %d\n", gen);
    for (y = 0; y < H; y++) {
        for (x = 0; x < W; x++) { putchar(g[y][x] ? '#' : '.'); alive += g[y][x]; }
        putchar('\n');
    }
    printf("alive %d\n", alive);
}

static void step(char g[H][W]) {
    char n[H][W];
    int y, x, dy, dx;
    for (y = 0; y < H; y++)
        for (x = 0; x < W; x++) {
            int c = 0;
            for (dy = -1; dy <= 1; dy++)
                for (dx = -1; dx <= 1; dx++)
                    if (dy || dx) c += g[(y + dy + H) % H][(x + dx + W) % W];
            n[y][x] = (char)(c == 3 || (c == 2 && g[y][x]));
        }
    memcpy(g, n, sizeof n);
}

int main(void) {
    char g[H][W];
    memset(g, 0, sizeof g);
    /* glider */
    g[0][1] = g[1][2] = g[2][0] = g[2][1] = g[2][2] = 1;
    /* blinker */
    g[5][10] = g[5][11] = g[5][12] = 1;
    /* block */
    g[7][16] = g[7][17] = g[8][16] = g[8][17] = 1;
    int gen;
    for (gen = 0; gen <= 12; gen++) {
        if (gen % 4 == 0) show(g, gen);
        step(g);
    }
    return 0;
}
