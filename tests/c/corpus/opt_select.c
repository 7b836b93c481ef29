/* Choices between plain values, which voxcc compiles to compare-and-select
 * instructions (sellt, selle, seleq) instead of branches: every comparison,
 * integer and floating types (NaN, -0.0), pointers, conversions in the arms,
 * `if` statements that assign one local (with and without else, `op=` in both
 * arms, `+=` against `-=` a constant), a condition with side effects on the
 * arms' locals, and shapes left alone. */
#include <stdio.h>
#include <math.h>

static int calls;
static int bump(int *p) { calls++; return ++*p; }

int main(void) {
    int iv[] = {-3, 0, 5, 5, -2147483647 - 1, 2147483647};
    unsigned uv[] = {0, 1, 4294967295u, 2147483648u};
    long lv[] = {-1, 7, -9000000000L, 9000000000L};
    double dv[] = {1.5, -0.0, 0.0, NAN, -INFINITY, 2.0};
    int n = 6;

    long s = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            int a = iv[i], b = iv[j], x = i * 10, y = -j;
            s = s * 3 + (a < b ? x : y) + 2 * (a <= b ? x : y) + 5 * (a > b ? x : y)
                + 7 * (a >= b ? x : y) + 11 * (a == b ? x : y) + 13 * (a != b ? x : y);
            s %= 1000000007;
        }
    printf("int %ld\n", s);

    s = 0;
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) {
            unsigned a = uv[i], b = uv[j];
            long la = lv[i], lb = lv[j];
            unsigned x = a + 1, y = b * 3;
            s = s * 7 + (a < b ? x : y) + (la >= lb ? la : 3) + (a != b ? la : lb);
            s %= 1000000007;
        }
    printf("unsigned long %ld\n", s);

    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            double a = dv[i], b = dv[j];
            int x = i, y = 100 + j;
            double fx = a, fy = -1.0;
            printf("%d%d%d%d%d%d%g ", a < b ? x : y, a <= b ? x : y, a > b ? x : y,
                   a >= b ? x : y, a == b ? x : y, a != b ? x : y, a < b ? fx : fy);
        }
        printf("\n");
    }

    /* Pointers, and narrow values converted in the arms. */
    int arr[4] = {1, 2, 3, 4};
    int *p = &arr[1], *q = &arr[3], *r;
    signed char c1 = -5, c2 = 100;
    unsigned char u1 = 200;
    long acc = 0;
    for (int i = 0; i < 4; i++) {
        r = p < q ? p : q;
        acc += *r;
        int w = i & 1 ? c1 : u1;
        long z = i < 2 ? c2 : c1;
        acc = acc * 5 + w + z;
        p++;
    }
    printf("ptr %ld\n", acc);

    /* if statements that pick a value. */
    long sum = 0, t;
    unsigned us = 10;
    int k = 0;
    for (int i = 0; i < 20; i++) {
        int x = (i * 7) % 11 - 5;
        if (x < 2) t = x; else t = i;
        sum += t;
        if (x == 3) k = i;
        if (x < 0) sum += x; else sum -= 1;
        if (x > 1) us -= 3; else us += x;
        if (x != 4) { sum *= 3; } else { sum *= 2; }
        sum %= 100003;
    }
    printf("if %ld %u %d\n", sum, us, k);

    /* int arithmetic that wraps in one arm. */
    int wrap = 2147483600;
    unsigned uw = 5;
    for (int i = 0; i < 4; i++) {
        if (i < 2) uw -= 7; else uw += 1;
        if (i == 1) wrap = wrap; else wrap -= 100;
    }
    printf("wrap %d %u\n", wrap, uw);

    /* The condition runs first, once, and may change an arm's local. */
    int v = 1, m = 50;
    int got = bump(&v) < m ? v : m;
    int got2 = (v = 60) < m ? v : m;
    printf("side %d %d %d %d\n", got, got2, v, calls);

    /* Left alone: a call in an arm, a volatile, arms that are not plain. */
    volatile int vol = 3;
    int a = 2, b = 4;
    int e1 = a < b ? bump(&a) : b;
    int e2 = a < b ? vol : b;
    int e3 = a < b ? arr[0] : arr[1];
    printf("alone %d %d %d %d\n", e1, e2, e3, calls);
    return 0;
}
