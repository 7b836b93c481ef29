/* for loops: declarations in init, empty parts, multiple variables, nested, backward, unsigned */
#include <stdio.h>

int main(void) {
    int total = 0;
    for (int i = 0; i < 10; i++) total += i;
    printf("sum 0..9 = %d\n", total);
    for (int i = 10, j = 0; i > j; i -= 2, j++) printf("(%d,%d) ", i, j);
    printf("\n");
    int k = 0;
    for (; k < 3;) k++;
    printf("k = %d\n", k);
    int n = 0;
    for (;;) { if (++n == 7) break; }
    printf("n = %d\n", n);
    for (int i = 1; i <= 4; i++) {
        for (int j = 1; j <= i; j++) printf("%d", i * j);
        printf("\n");
    }
    for (unsigned u = 3; u != (unsigned)-1; u--) printf("u=%u ", u);
    printf("\n");
    for (char c = 'a'; c <= 'e'; c++) putchar(c);
    putchar('\n');
    double x;
    int steps = 0;
    for (x = 0.0; x < 1.0; x += 0.125) steps++;
    printf("steps = %d\n", steps);
    int i = 100;
    for (int i = 0; i < 2; i++) printf("inner i = %d\n", i);
    printf("outer i = %d\n", i);
    for (int i = 0; i < 3; i++) { int i2 = i * i; printf("%d ", i2); }
    printf("\n");
    int arr[8] = { 5, 3, 8, 1, 9, 2, 7, 4 };
    int *p, *end = arr + 8;
    int mx = arr[0];
    for (p = arr + 1; p < end; p++) if (*p > mx) mx = *p;
    printf("max = %d\n", mx);
    long long prod = 1;
    for (long long v = 1; v <= 15; v++) prod *= v;
    printf("15! = %lld\n", prod);
    int count = 0;
    for (int a = 0; a < 20; a++)
        for (int b = a; b < 20; b++)
            for (int c = b; c < 20; c++)
                if (a * a + b * b == c * c && a > 0) count++;
    printf("pythagorean triples below 20: %d\n", count);
    return 0;
}
