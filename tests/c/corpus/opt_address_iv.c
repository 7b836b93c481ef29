/* Loops over arrays of structs: `&p[i]` kept up to date next to the
 * counter instead of `p + i * sizeof *p` every iteration. And where it
 * must not be: the element read after the counter moved, an unsigned
 * counter that wraps, a base that changes in the loop, nested loops. */
#include <stdio.h>

struct rec { double x, y; int tag; };
struct small { short a; char b; };

static double forward(const struct rec *p, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += p[i].x * p[i].y + p[i].tag;
    return s;
}

static double backward(const struct rec *p, long n) {
    double s = 0;
    for (long i = n - 1; i >= 0; i--) s = s * 0.5 + p[i].x - p[i].tag;
    return s;
}

static long by_two(const struct small *p, int n) {
    long s = 0;
    for (int i = 0; i < n; i += 2) s = s * 3 + p[i].a + p[i].b;
    return s;
}

static long after_step(const struct small *p, int n) {
    /* p[i] read once before and once after i moved. */
    long s = 0;
    int i = 0;
    while (i < n - 1) {
        s += p[i].a;
        i++;
        s += p[i].b * 2;
    }
    return s;
}

static long wraps(const struct small *p) {
    /* An unsigned 32-bit counter that wraps to 0. */
    long s = 0;
    unsigned i = 4294967293u;
    for (int k = 0; k < 6; k++, i++) s = s * 5 + p[i % 4].a;
    return s;
}

static long moving_base(struct small *p, int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
        s += p[i].a;
        if (i == 2) p++;
    }
    return s;
}

static double grid(struct rec (*m)[4], int rows) {
    double s = 0;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < 4; c++) s += m[r][c].y - m[r][c].tag;
    return s;
}

static void scale(struct rec *p, int n, double k) {
    for (int i = 0; i < n; i++) {
        p[i].x *= k;
        p[i].tag += i;
    }
}

int main(void) {
    struct rec r[10];
    struct small sm[12];
    struct rec m[3][4];
    for (int i = 0; i < 10; i++) {
        r[i].x = i * 1.5;
        r[i].y = 10 - i * 0.25;
        r[i].tag = i * i - 7;
    }
    for (int i = 0; i < 12; i++) {
        sm[i].a = (short)(i * 100 - 300);
        sm[i].b = (char)(i * 3 - 10);
    }
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++) {
            m[i][j].y = i + j * 0.125;
            m[i][j].tag = i - j;
        }
    printf("%.17g %.17g\n", forward(r, 10), backward(r, 10));
    printf("%ld %ld %ld\n", by_two(sm, 12), by_two(sm, 11), after_step(sm, 12));
    printf("%ld %ld\n", wraps(sm), moving_base(sm, 8));
    printf("%.17g\n", grid(m, 3));
    scale(r, 10, 2.5);
    printf("%.17g %d\n", forward(r, 10), r[9].tag);
    return 0;
}
