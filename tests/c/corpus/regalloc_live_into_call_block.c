/* A value first assigned inside a condition (the right operand of && or
   ||), with no initializer, is live into a block that is laid out before
   the assignment and whose first instruction is a call. The call's
   argument window must lie above it (found by SQLite's geopoly functions:
   the call overwrote the value). */
#include <stdio.h>

static int counter;
static int next(int x) { return ++counter + x * 0; }
static const char *name(int x) { return x ? "yes" : "no"; }
static double half(double x) { return x / 2; }

static int g_and(int v) {
    int n;
    if (v && (n = next(v))) {
        next(v);
        return n;
    }
    return -1;
}

static int g_or(int v) {
    int n;
    if (!v || !(n = next(v))) return -1;
    next(v);
    return n;
}

static int g_while(int v) {
    int n, r = 0;
    while (v-- && (n = next(v))) {
        next(v);
        r += n;
    }
    return r;
}

static const char *g_ptr(int v) {
    const char *p;
    if (v > 0 && (p = name(v)) != 0) {
        next(v);
        return p;
    }
    return "none";
}

static double g_double(double d) {
    double h;
    if (d > 0 && (h = half(d)) > 1) {
        half(100);
        next(0);
        return h;
    }
    return 0;
}

static long g_two(int v) {
    long a, b;
    if (v && (a = next(v)) && (b = next(v))) {
        next(v);
        next(v);
        return a * 100 + b;
    }
    return -1;
}

int main(void) {
    printf("and %d\n", g_and(5));
    printf("or %d\n", g_or(5));
    printf("while %d\n", g_while(3));
    printf("ptr %s\n", g_ptr(1));
    printf("double %g\n", g_double(9));
    printf("two %ld\n", g_two(1));
    printf("counter %d\n", counter);
    return 0;
}
