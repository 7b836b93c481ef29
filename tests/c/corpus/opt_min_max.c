/* Integer minimum and maximum written as C does (`?:` and `if` with no
 * else), which voxcc compiles to min/max instructions: signed and unsigned,
 * int and long, mixed types, ties, promoted chars, and the shapes it must
 * leave alone (side effects, volatile, other arms, floats). */
#include <stdio.h>
#include <limits.h>

static long lmin(long a, long b) { return a < b ? a : b; }
static long lmax(long a, long b) { return a >= b ? a : b; }
static int imin_le(int a, int b) { return a <= b ? a : b; }
static int imax_sw(int a, int b) { return a < b ? b : a; }
static unsigned umin(unsigned a, unsigned b) { return a < b ? a : b; }
static unsigned long ulmax(unsigned long a, unsigned long b) { return a > b ? a : b; }
static long mixed(int a, long b) { return a < b ? a : b; }
static int mixed_sign(int a, unsigned b) { return a < b ? a : b; }
static int chars(signed char a, signed char b) { return a > b ? a : b; }
static int clamp(int x) { return x < 0 ? 0 : x > 255 ? 255 : x; }
static int konst(int x) { return 10 < x ? 10 : x; }

static int calls;
static int next(int v) { calls++; return v; }

int main(void) {
    long lv[] = {0, 1, -1, 7, -7, LONG_MAX, LONG_MIN, 42};
    int n = sizeof lv / sizeof lv[0];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            printf("%ld %ld|", lmin(lv[i], lv[j]), lmax(lv[i], lv[j]));
    printf("\n");
    int iv[] = {0, 3, -3, INT_MAX, INT_MIN, 3};
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++)
            printf("%d %d|", imin_le(iv[i], iv[j]), imax_sw(iv[i], iv[j]));
    printf("\n");
    unsigned uv[] = {0, 1, 0x80000000u, UINT_MAX};
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            printf("%u %lu|", umin(uv[i], uv[j]), ulmax((unsigned long)uv[i] << 31, uv[j]));
    printf("\n");
    printf("%ld %ld %d %d\n", mixed(-5, 3L), mixed(5, -3000000000L), mixed_sign(-1, 2u), mixed_sign(3, 2u));
    printf("%d %d %d\n", chars(-128, 127), chars(5, -5), chars(-1, -1));
    for (int x = -300; x <= 300; x += 75) printf("%d:%d:%d ", x, clamp(x), konst(x));
    printf("\n");

    /* The running maximum and minimum, with `if` and no else. */
    int data[] = {5, -2, 9, 9, -8, 3, 0, 12, -8};
    int hi = INT_MIN, lo = INT_MAX, hi2 = data[0];
    unsigned uhi = 0;
    for (int i = 0; i < 9; i++) {
        if (data[i] > hi) hi = data[i];
        int d = data[i];
        if (d < lo) { lo = d; }
        if (hi2 <= d) hi2 = d;
        if ((unsigned)d > uhi) uhi = d;
    }
    printf("%d %d %d %u\n", hi, lo, hi2, uhi);

    /* Left alone: an arm with a side effect, a volatile, an else, floats. */
    int a = 4, b = 9;
    int s = a < b ? next(a) : b;
    volatile int va = 6;
    int t = va < b ? va : b;
    int u = 0;
    if (a > b) u = a; else u = -1;
    double fa = -0.0, fb = 0.0;
    double fm = fa < fb ? fa : fb;
    printf("%d %d %d %d %g %d\n", s, t, u, calls, fm, 1 / fm > 0);
    return 0;
}
