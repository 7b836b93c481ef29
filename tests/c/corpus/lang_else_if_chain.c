/* Long `else if` chains: thousands of arms (generated dispatchers write
 * them), each a block of its own (C99 6.8.4p3): names declared in a
 * condition are visible in its arms and in the arms after it, and gone
 * after the chain. voxcc read each `else if` by recursion and refused
 * chains longer than 1000 as nesting too deep. */
#include <stdio.h>

#define E10(n) else if (x == n##0) r = n##0 * 3; else if (x == n##1) r = n##1 * 3; \
    else if (x == n##2) r = n##2 * 3; else if (x == n##3) r = n##3 * 3;         \
    else if (x == n##4) r = n##4 * 3; else if (x == n##5) r = n##5 * 3;         \
    else if (x == n##6) r = n##6 * 3; else if (x == n##7) r = n##7 * 3;         \
    else if (x == n##8) r = n##8 * 3; else if (x == n##9) { int k = n##9; r = k * 3; }
#define E100(n) E10(n##0) E10(n##1) E10(n##2) E10(n##3) E10(n##4) \
    E10(n##5) E10(n##6) E10(n##7) E10(n##8) E10(n##9)
#define E1000(n) E100(n##0) E100(n##1) E100(n##2) E100(n##3) E100(n##4) \
    E100(n##5) E100(n##6) E100(n##7) E100(n##8) E100(n##9)

/* 3,001 arms: 0, then 1000..3999, then the last else. */
static int dispatch(int x) {
    int r;
    if (x == 0) r = -1;
    E1000(1) E1000(2) E1000(3)
    else r = x < 0 ? -2 : -3;
    return r;
}

enum { A = 10 };

/* Tags and enumerators declared in conditions: in scope for the later arms
 * of the chain, out of scope after it (A is the file's A again). */
static int scopes(int x) {
    int r = 0;
    if (x == sizeof(enum { A = 1, B = 2 }))
        r = A;
    else if (x == B)
        r = B * 100;
    else if (x == sizeof(struct s { char c[3]; }))
        r = sizeof(struct s) * 1000 + A;
    else if (x == (enum { C = 7 })7)
        r = C + B;
    else
        r = A + B + C;
    return r + A;
}

/* Labels in the middle of a chain, entered by goto, and a chain as the arm
 * of a loop with break and continue. */
static int jumps(int n) {
    int s = 0;
    for (int i = 0; i < n; i++) {
        if (i % 5 == 0)
            continue;
        else if (i % 5 == 1)
            s += 1;
        else if (i % 5 == 2) {
        mid:
            s += 10;
            if (s > 1000) break;
        } else if (i == 13)
            goto mid;
        else
            s += 100;
    }
    return s;
}

int main(void) {
    int xs[] = {0, 1, 999, 1000, 1001, 1999, 2345, 3000, 3999, 4000, -7, 123456};
    for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++)
        printf("dispatch(%d) = %d\n", xs[i], dispatch(xs[i]));
    for (int x = 0; x <= 8; x++) printf("scopes(%d) = %d\n", x, scopes(x));
    for (int n = 0; n <= 40; n += 5) printf("jumps(%d) = %d\n", n, jumps(n));
    return 0;
}
