/* recursive functions returning structs by value: fast doubling fibonacci, divide-and-conquer min/max, extended gcd */
#include <stdio.h>

struct fibpair { unsigned long long f, g; };  /* F(n), F(n+1) */
struct minmax { int min, max, count; };
struct egcd { long g, x, y; };

static struct fibpair fib(unsigned n) {
    if (n == 0) { struct fibpair r = { 0, 1 }; return r; }
    struct fibpair h = fib(n / 2);
    unsigned long long c = h.f * (2 * h.g - h.f);
    unsigned long long d = h.f * h.f + h.g * h.g;
    struct fibpair r;
    if (n % 2 == 0) { r.f = c; r.g = d; } else { r.f = d; r.g = c + d; }
    return r;
}

static struct minmax mm(const int *a, int n) {
    struct minmax r;
    if (n == 1) { r.min = r.max = a[0]; r.count = 1; return r; }
    struct minmax left = mm(a, n / 2), right = mm(a + n / 2, n - n / 2);
    r.min = left.min < right.min ? left.min : right.min;
    r.max = left.max > right.max ? left.max : right.max;
    r.count = left.count + right.count;
    return r;
}

static struct egcd ext_gcd(long a, long b) {
    if (b == 0) { struct egcd r = { a, 1, 0 }; return r; }
    struct egcd s = ext_gcd(b, a % b);
    struct egcd r = { s.g, s.y, s.x - (a / b) * s.y };
    return r;
}

int main(void) {
    unsigned ns[] = { 0, 1, 2, 10, 50, 90, 93 };
    unsigned i;
    for (i = 0; i < sizeof ns / sizeof ns[0]; i++) printf("fib(%u) = %llu\n", ns[i], fib(ns[i]).f);
    int data[] = { 5, -3, 17, 8, 0, -11, 42, 7, 7, 19, -2 };
    struct minmax r = mm(data, 11);
    printf("min %d max %d count %d\n", r.min, r.max, r.count);
    long pairs[][2] = { { 240, 46 }, { 17, 5 }, { 1000000007, 123456 }, { 12, 18 } };
    for (i = 0; i < 4; i++) {
        struct egcd e = ext_gcd(pairs[i][0], pairs[i][1]);
        printf("gcd(%ld, %ld) = %ld = %ld*%ld + %ld*%ld check %d\n", pairs[i][0], pairs[i][1], e.g, pairs[i][0], e.x, pairs[i][1], e.y,
               pairs[i][0] * e.x + pairs[i][1] * e.y == e.g);
    }
    return 0;
}
