/* A record returned by a call lives until the end of its full expression
   (C11 6.2.4p8), so the temporaries of a function's statements can share
   frame space. Here each level of a 3,000-deep recursion makes 200 calls
   that return a struct, in 200 statements: with a slot per call the frames
   would need 9.6 MB, far over voxvm's 1 MiB stack. */
#include <stdio.h>

struct V {
    long a, b;
};

static struct V mk(long x) {
    struct V v = {x, 2 * x + 1};
    return v;
}

static long take(struct V v) { return v.a ^ v.b; }

#define R10(x) x x x x x x x x x x
#define R100(x) R10(R10(x))

static long rec(int n) {
    if (n == 0) return 0;
    long s = 0;
    R100(s += mk(n).a;)
    R100(s += take(mk(s & 1023));)
    return s % 1000003 + rec(n - 1);
}

int main(void) {
    printf("%ld\n", rec(3000));
    struct V a = mk(1), b = mk(2);
    /* Two temporaries in one full expression stay distinct. */
    printf("%ld %ld\n", mk(3).b + mk(4).b, take(mk(a.b)) + take(mk(b.b)));
    return 0;
}
