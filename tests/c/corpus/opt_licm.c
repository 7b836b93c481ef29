/* loop-invariant code motion: values a loop does not change are computed
   before it - but only pure ones that cannot trap, and only while nothing in
   the loop writes their operands */
#include <stdio.h>

static double a(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

int main(int argc, char **argv) {
    int n = argc + 29, zero = argc - 1;
    double s = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) s += a(i, j) + a(j, i);      /* i + 1 leaves the j loop */
    printf("%.12f\n", s);
    long t = 0;
    for (int i = 0; i < n; i++) {
        if (zero != 0) t += 100 / zero;                          /* a division by zero must stay guarded */
        if (i % 5 != zero) t += i % (zero + 7);
    }
    printf("%ld\n", t);
    unsigned u = 4294967290u, acc = 0;
    for (unsigned k = 0; k < 20; k++) acc = acc * 3 + (k + u + 7);  /* unsigned wraps: reassociation exact */
    printf("%u\n", acc);
    int m = 3, r = 0;
    for (int i = 0; i < 40; i++) {
        r += m * 7 + i;                                          /* m changes inside: not invariant */
        if (i == 20) m = -2;
    }
    printf("%d\n", r);
    float fx = argc * 0.1f, f = 0;
    for (int i = 0; i < 10; i++) f += (fx + 0.2f) + (float)i;    /* floats are not reassociated */
    printf("%.9g\n", f);
    int grid[8][8];
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 8; x++) grid[y][x] = y * 8 + x + argc;
    unsigned long g = 0;
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 8; x++) g = g * 31 + grid[y][x] + (y * n + 1);
    printf("%lu\n", g);
    return 0;
}
