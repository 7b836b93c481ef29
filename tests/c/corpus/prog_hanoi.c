/* program: Towers of Hanoi recursive (moves listed for 4 disks, counted up to 16) and iterative, with peg state checks */
#include <stdio.h>

static int pegs[3][20], top[3];
static long moves;
static int illegal;

static void move_disk(int from, int to, int verbose) {
    int d = pegs[from][--top[from]];
    if (top[to] && pegs[to][top[to] - 1] < d) illegal++;
    pegs[to][top[to]++] = d;
    moves++;
    if (verbose) printf("move disk %d from %c to %c\n", d, 'A' + from, 'A' + to);
}

static void hanoi(int n, int from, int to, int via, int verbose) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to, verbose);
    move_disk(from, to, verbose);
    hanoi(n - 1, via, to, from, verbose);
}

static void reset(int n) {
    top[0] = top[1] = top[2] = 0;
    for (int d = n; d >= 1; d--) pegs[0][top[0]++] = d;
    moves = 0;
    illegal = 0;
}

int main(void) {
    reset(4);
    hanoi(4, 0, 2, 1, 1);
    printf("4 disks: %ld moves, illegal %d, peg C has %d\n", moves, illegal, top[2]);
    for (int n = 1; n <= 16; n += 3) {
        reset(n);
        hanoi(n, 0, 2, 1, 0);
        printf("%2d disks: %6ld moves (2^n-1 = %ld) illegal %d\n", n, moves, (1L << n) - 1, illegal);
    }
    /* iterative version: smallest disk cycles, other move is forced */
    int n = 10;
    reset(n);
    int dir = n % 2 == 0 ? 1 : 2;
    int small = 0;
    for (long i = 1; i < (1L << n); i++) {
        if (i % 2 == 1) { int to = (small + dir) % 3; move_disk(small, to, 0); small = to; }
        else {
            int a = (small + 1) % 3, b = (small + 2) % 3;
            if (top[a] == 0 || (top[b] && pegs[b][top[b] - 1] < pegs[a][top[a] - 1])) move_disk(b, a, 0);
            else move_disk(a, b, 0);
        }
    }
    printf("iterative 10 disks: %ld moves, illegal %d, pegs %d %d %d\n", moves, illegal, top[0], top[1], top[2]);
    return 0;
}
