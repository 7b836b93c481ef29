/* program: bignum arithmetic in base 10^4: 100!, 2^1000 digit sum, 200th Fibonacci, 3^500 */
#include <stdio.h>
#include <string.h>

#define MAXL 400
typedef struct { int n; unsigned d[MAXL]; } Big; /* little-endian base 10000 */

static void set(Big *a, unsigned v) { a->n = 0; while (v) { a->d[a->n++] = v % 10000; v /= 10000; } if (!a->n) a->d[a->n++] = 0; }
static void mul_small(Big *a, unsigned m) {
    unsigned carry = 0;
    for (int i = 0; i < a->n; i++) { unsigned t = a->d[i] * m + carry; a->d[i] = t % 10000; carry = t / 10000; }
    while (carry) { a->d[a->n++] = carry % 10000; carry /= 10000; }
}
static void add(Big *r, const Big *a, const Big *b) {
    unsigned carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) {
        unsigned t = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        r->d[i] = t % 10000; carry = t / 10000;
    }
    r->n = n;
    if (carry) r->d[r->n++] = carry;
}
static int to_string(const Big *a, char *out) {
    int len = sprintf(out, "%u", a->d[a->n - 1]);
    for (int i = a->n - 2; i >= 0; i--) len += sprintf(out + len, "%04u", a->d[i]);
    return len;
}
static void show(const char *label, const Big *a) {
    char buf[MAXL * 4 + 2];
    int len = to_string(a, buf);
    int sum = 0;
    for (int i = 0; i < len; i++) sum += buf[i] - '0';
    printf("%s: %d digits, digit sum %d\n", label, len, sum);
    for (int i = 0; i < len; i += 64) printf("  %.64s\n", buf + i);
}

int main(void) {
    Big f;
    set(&f, 1);
    for (unsigned i = 2; i <= 100; i++) mul_small(&f, i);
    show("100!", &f);
    Big p;
    set(&p, 1);
    for (int i = 0; i < 1000; i++) mul_small(&p, 2);
    show("2^1000", &p);
    Big a, b, c;
    set(&a, 0); set(&b, 1);
    for (int i = 2; i <= 200; i++) { add(&c, &a, &b); a = b; b = c; }
    show("fib(200)", &b);
    set(&p, 1);
    for (int i = 0; i < 500; i++) mul_small(&p, 3);
    show("3^500", &p);
    int zeros = 0;
    set(&f, 1);
    for (unsigned i = 2; i <= 250; i++) mul_small(&f, i);
    char buf[MAXL * 4 + 2];
    int len = to_string(&f, buf);
    for (int i = len - 1; i >= 0 && buf[i] == '0'; i--) zeros++;
    printf("250! has %d digits and %d trailing zeros\n", len, zeros);
    return 0;
}
