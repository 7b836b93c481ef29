/* program: exact rational arithmetic with gcd normalisation: harmonic numbers, continued fractions, Bernoulli numbers */
#include <stdio.h>
#include <stdlib.h>

typedef struct { long long n, d; } Q;

static long long gcd(long long a, long long b) { if (a < 0) a = -a; if (b < 0) b = -b; while (b) { long long t = a % b; a = b; b = t; } return a; }
static Q mk(long long n, long long d) {
    if (d < 0) { n = -n; d = -d; }
    long long g = gcd(n, d);
    if (g) { n /= g; d /= g; }
    return (Q){n, d};
}
static Q add(Q a, Q b) { long long g = gcd(a.d, b.d); return mk(a.n * (b.d / g) + b.n * (a.d / g), a.d / g * b.d); }
static Q sub(Q a, Q b) { return add(a, (Q){-b.n, b.d}); }
static Q mul(Q a, Q b) { long long g1 = gcd(a.n, b.d), g2 = gcd(b.n, a.d); if (!g1) g1 = 1; if (!g2) g2 = 1; return mk((a.n / g1) * (b.n / g2), (a.d / g2) * (b.d / g1)); }
static Q divq(Q a, Q b) { return mul(a, (Q){b.d, b.n}); }
static void pr(Q q) { if (q.d == 1) printf("%lld", q.n); else printf("%lld/%lld", q.n, q.d); }

int main(void) {
    Q h = {0, 1};
    for (int k = 1; k <= 20; k++) {
        h = add(h, mk(1, k));
        if (k <= 10 || k % 5 == 0) { printf("H(%d) = ", k); pr(h); printf(" ~ %.12f\n", (double)h.n / (double)h.d); }
    }
    /* continued fraction of 415/93 and convergents of sqrt(2) */
    long long a = 415, b = 93;
    printf("415/93 = [");
    while (b) { printf("%lld%s", a / b, a % b ? (a / b == 4 && a == 415 ? "; " : ", ") : ""); long long t = a % b; a = b; b = t; }
    printf("]\n");
    Q c = {1, 1};
    printf("sqrt(2) convergents:");
    for (int i = 0; i < 10; i++) { printf(" "); pr(c); c = add((Q){1, 1}, divq((Q){1, 1}, add((Q){1, 1}, c))); }
    printf("\n");
    /* Bernoulli numbers by the Akiyama-Tanigawa algorithm */
    Q A[20];
    printf("Bernoulli:");
    for (int m = 0; m <= 14; m++) {
        A[m] = mk(1, m + 1);
        for (int j = m; j >= 1; j--) A[j - 1] = mul(mk(j, 1), sub(A[j - 1], A[j]));
        if (A[0].n != 0) { printf(" B%d=", m); pr(A[0]); }
    }
    printf("\n");
    Q x = mk(355, 113), y = mk(-22, 7);
    printf("ops: "); pr(add(x, y)); printf(" "); pr(sub(x, y)); printf(" "); pr(mul(x, y)); printf(" "); pr(divq(x, y)); printf("\n");
    Q sum = {0, 1};
    for (int k = 1; k <= 30; k++) sum = add(sum, mk(1, (long long)k * (k + 1)));
    printf("telescoping sum 1/(k(k+1)), k=1..30 = "); pr(sum); printf("\n");
    return 0;
}
