/* program: elementary cellular automata (rules 30, 90, 110, 184) printed as ASCII, with rule-30 centre column bits */
#include <stdio.h>
#include <string.h>

#define W 63

static void run(int rule, int steps, int random_start) {
    unsigned char cells[W], next[W];
    memset(cells, 0, sizeof cells);
    if (random_start) { unsigned s = 1; for (int i = 0; i < W; i++) { s = s * 1103515245u + 12345u; cells[i] = (s >> 16) & 1; } }
    else cells[W / 2] = 1;
    printf("rule %d:\n", rule);
    int pop = 0;
    for (int t = 0; t < steps; t++) {
        for (int i = 0; i < W; i++) { putchar(cells[i] ? '#' : ' '); pop += cells[i]; }
        putchar('\n');
        for (int i = 0; i < W; i++) {
            int l = cells[(i + W - 1) % W], c = cells[i], r = cells[(i + 1) % W];
            next[i] = (unsigned char)((rule >> (l * 4 + c * 2 + r)) & 1);
        }
        memcpy(cells, next, sizeof cells);
    }
    printf("population total %d\n", pop);
}

int main(void) {
    run(30, 16, 0);
    run(90, 16, 0);
    run(110, 16, 0);
    run(184, 10, 1);
    unsigned char c[401] = {0}, n[401];
    c[200] = 1;
    unsigned long bitsv = 0;
    for (int t = 0; t < 64; t++) {
        bitsv = bitsv << 1 | c[200];
        for (int i = 1; i < 400; i++) n[i] = (unsigned char)((30 >> (c[i - 1] * 4 + c[i] * 2 + c[i + 1])) & 1);
        n[0] = n[400] = 0;
        memcpy(c, n, sizeof c);
    }
    printf("rule 30 centre column, 64 bits: %016lx\n", bitsv);
    return 0;
}
