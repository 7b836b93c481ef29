/* Small recursive functions get one level of their recursion inlined (opt::inline_self).
 * Shapes that could go wrong: a parameter the body reassigns, results used
 * after the second call, void recursion with side effects through pointers,
 * recursion through a static counter, unsigned and narrow types, a callee
 * that also calls other functions, early returns in both branches, and
 * recursion whose depth parity decides which copy does the work. */
#include <stdio.h>
#include <string.h>

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static unsigned ack(unsigned m, unsigned n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

/* The parameter is reassigned before the recursive call. */
static int digits(int n, int base) {
    n /= base;
    if (n == 0) return 1;
    return 1 + digits(n, base);
}

static int calls;
static void count_down(int n, int *sum) {
    calls++;
    if (n <= 0) return;
    *sum += n;
    count_down(n - 1, sum);
    *sum ^= n;
}

static void qsort_ints(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
        while (a[i] < p) i++;
        while (a[j] > p) j--;
        if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    qsort_ints(a, lo, j);
    qsort_ints(a, i, hi);
}

struct tree { struct tree *l, *r; int key; };
static struct tree pool[64];
static int used;
static struct tree *insert(struct tree *t, int key) {
    if (!t) { t = &pool[used++]; t->key = key; t->l = t->r = 0; return t; }
    if (key < t->key) t->l = insert(t->l, key);
    else t->r = insert(t->r, key);
    return t;
}
static int height(const struct tree *t) {
    if (!t) return 0;
    int a = height(t->l), b = height(t->r);
    return 1 + (a > b ? a : b);
}
static void walk(const struct tree *t, char *out) {
    if (!t) return;
    walk(t->l, out);
    char buf[8];
    snprintf(buf, sizeof buf, "%d,", t->key);
    strcat(out, buf);
    walk(t->r, out);
}

static short tri(short n) { return n == 0 ? 0 : (short)(n + tri((short)(n - 1))); }
static unsigned char wrap(unsigned char c, int k) { return k == 0 ? c : wrap((unsigned char)(c * 3 + 1), k - 1); }
static double power(double x, int n) {
    if (n == 0) return 1.0;
    double h = power(x, n / 2);
    return n % 2 ? h * h * x : h * h;
}
static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }

int main(void) {
    for (int i = 0; i < 25; i += 3) printf("fib(%d)=%ld\n", i, fib(i));
    printf("ack(2,3)=%u ack(3,3)=%u\n", ack(2, 3), ack(3, 3));
    printf("digits %d %d %d\n", digits(0, 10), digits(123456, 10), digits(255, 2));
    for (int n = 0; n < 6; n++) {
        int sum = 0;
        calls = 0;
        count_down(n, &sum);
        printf("count_down(%d): sum=%d calls=%d\n", n, sum, calls);
    }
    int a[40];
    for (int i = 0; i < 40; i++) a[i] = (i * 37 + 11) % 41 - 20;
    qsort_ints(a, 0, 39);
    for (int i = 0; i < 40; i++) printf("%d%c", a[i], i == 39 ? '\n' : ' ');
    struct tree *t = 0;
    int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 5, 1};
    for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++) t = insert(t, keys[i]);
    char out[256] = "";
    walk(t, out);
    printf("height=%d inorder=%s\n", height(t), out);
    printf("tri=%d wrap=%d power=%.6f gcd=%d\n", tri(100), wrap(7, 9), power(1.5, 13), gcd(1071, 462));
    return 0;
}
