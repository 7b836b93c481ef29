/* recursion: factorial, fibonacci, ackermann, hanoi, permutations, gcd, power set */
#include <stdio.h>

static unsigned long long fact(unsigned n) { return n <= 1 ? 1 : n * fact(n - 1); }
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int ack(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
static int moves;
static void hanoi(int n, char from, char to, char via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n >= 4) printf("move disk %d %c->%c\n", n, from, to);
    hanoi(n - 1, via, to, from);
}
static void permute(char *s, int k, int n, int *count) {
    int i;
    if (k == n) { if (*count < 8) printf("%s\n", s); (*count)++; return; }
    for (i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n, count);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}
static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
static int sum_digits(long n) { return n < 10 ? (int)n : (int)(n % 10) + sum_digits(n / 10); }
static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
static void subsets(const int *a, int n, int idx, int mask) {
    if (idx == n) {
        int i; printf("{");
        for (i = 0; i < n; i++) if (mask & (1 << i)) printf(" %d", a[i]);
        printf(" }\n");
        return;
    }
    subsets(a, n, idx + 1, mask);
    subsets(a, n, idx + 1, mask | (1 << idx));
}

int main(void) {
    printf("20! = %llu\n", fact(20));
    printf("fib(22) = %d\n", fib(22));
    printf("ack(2,3) = %d ack(3,3) = %d\n", ack(2, 3), ack(3, 3));
    hanoi(6, 'A', 'C', 'B');
    printf("hanoi moves = %d\n", moves);
    char s[] = "abcd";
    int count = 0;
    permute(s, 0, 4, &count);
    printf("permutations = %d, s restored = %s\n", count, s);
    printf("gcd(1071, 462) = %d\n", gcd(1071, 462));
    printf("sum_digits = %d\n", sum_digits(9876543210L));
    printf("depth(10000) = %d\n", depth(10000));
    int set[] = { 1, 2, 3 };
    subsets(set, 3, 0, 0);
    return 0;
}
