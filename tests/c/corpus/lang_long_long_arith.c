/* 64-bit signed arithmetic: big products, division, factorials, fibonacci, gcd */
#include <stdio.h>
#include <limits.h>

static long long gcd(long long a, long long b) {
    while (b != 0) { long long t = a % b; a = b; b = t; }
    return a < 0 ? -a : a;
}

int main(void) {
    long long f = 1;
    int i;
    for (i = 1; i <= 20; i++) {
        f *= i;
        printf("%d! = %lld\n", i, f);
    }
    long long a = 0, b = 1;
    for (i = 0; i < 90; i++) { long long t = a + b; a = b; b = t; }
    printf("fib(90) = %lld\n", a);
    printf("LLONG_MAX = %lld, LLONG_MIN = %lld\n", LLONG_MAX, LLONG_MIN);
    printf("LLONG_MAX / 3 = %lld, %% 3 = %lld\n", LLONG_MAX / 3, LLONG_MAX % 3);
    printf("LLONG_MIN / 7 = %lld, %% 7 = %lld\n", LLONG_MIN / 7, LLONG_MIN % 7);
    printf("LLONG_MIN + LLONG_MAX = %lld\n", LLONG_MIN + LLONG_MAX);
    printf("gcd = %lld\n", gcd(1234567890123456LL, 9876543210LL));
    printf("gcd neg = %lld\n", gcd(-48LL, 18LL));
    long long x = 3037000499LL;
    printf("3037000499^2 = %lld\n", x * x);
    long long m = 1000000007LL, r = 1, base = 2;
    long long e = 1000000;
    while (e > 0) { if (e & 1) r = r * base % m; base = base * base % m; e >>= 1; }
    printf("2^1000000 mod 1e9+7 = %lld\n", r);
    long long neg = -5000000000LL;
    printf("neg * 3 = %lld, neg / -2 = %lld, -neg = %lld\n", neg * 3, neg / -2, -neg);
    printf("neg < 0: %d, neg > INT_MIN: %d\n", neg < 0, neg > INT_MIN);
    long l = 123456789L * 1000L;
    printf("long product = %ld\n", l);
    return 0;
}
