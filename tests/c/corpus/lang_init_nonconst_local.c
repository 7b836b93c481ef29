/* automatic aggregates initialized from non-constant expressions (allowed in C99) */
#include <stdio.h>

struct range { int lo, hi, len; };

static int next(void) { static int n; return ++n * 10; }

static struct range mkrange(int lo, int hi) {
    struct range r = { lo, hi, hi - lo };
    return r;
}

int main(int argc, char **argv) {
    (void)argv;
    int a = argc * 3, b = a + 4;
    int arr[5] = { a, b, a * b, -a, argc };
    int i;
    for (i = 0; i < 5; i++) printf("%d ", arr[i]);
    printf("\n");
    struct range r = mkrange(a, b * 2);
    printf("r = %d..%d len %d\n", r.lo, r.hi, r.len);
    struct range rs[2] = { mkrange(1, 5), { r.hi, r.lo, r.lo - r.hi } };
    printf("rs: %d %d %d | %d %d %d\n", rs[0].lo, rs[0].hi, rs[0].len, rs[1].lo, rs[1].hi, rs[1].len);
    int v1 = next();
    int v2 = next();
    int seq[3] = { v1, v2, v1 + v2 };
    printf("seq = %d %d %d\n", seq[0], seq[1], seq[2]);
    double scale = 0.5 * a;
    double ds[] = { scale, scale * scale, 1 / scale };
    printf("ds = %.3f %.3f %.3f\n", ds[0], ds[1], ds[2]);
    const char *msg = a > 2 ? "big" : "small";
    const char *words[] = { msg, arr[0] > 0 ? "pos" : "neg" };
    printf("words = %s %s\n", words[0], words[1]);
    int *ptrs[] = { &arr[4], &a, arr + 1 };
    printf("ptrs = %d %d %d\n", *ptrs[0], *ptrs[1], *ptrs[2]);
    struct { int *p; int n; } view = { arr + 2, 3 };
    int s = 0;
    for (i = 0; i < view.n; i++) s += view.p[i];
    printf("view sum = %d\n", s);
    return 0;
}
