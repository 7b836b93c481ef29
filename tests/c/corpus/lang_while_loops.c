/* while and do-while loops: zero iterations, at least one iteration, complex conditions */
#include <stdio.h>

int main(void) {
    int i = 10;
    while (i < 5) i++;
    printf("while with false condition: i=%d\n", i);
    i = 10;
    do i++; while (i < 5);
    printf("do-while runs once: i=%d\n", i);
    unsigned n = 27;
    int steps = 0;
    while (n != 1) { n = (n % 2) ? 3 * n + 1 : n / 2; steps++; }
    printf("collatz(27) steps=%d\n", steps);
    int digits = 0;
    long v = 9876543210L;
    do { digits++; v /= 10; } while (v);
    printf("digits=%d\n", digits);
    v = 0;
    digits = 0;
    do { digits++; v /= 10; } while (v);
    printf("digits of 0=%d\n", digits);
    int a = 48, b = 180;
    while (b) { int t = a % b; a = b; b = t; }
    printf("gcd=%d\n", a);
    const char *s = "   leading spaces";
    while (*s == ' ') s++;
    printf("trimmed='%s'\n", s);
    int x = 0, y = 100;
    while (x < y && (x * y) % 7 != 3) { x += 3; y -= 2; }
    printf("x=%d y=%d\n", x, y);
    int outer = 0, inner_total = 0;
    while (outer < 4) {
        int j = 0;
        do { inner_total += outer * j; j++; } while (j < outer);
        outer++;
    }
    printf("inner_total=%d\n", inner_total);
    int count = 0;
    do {
        count++;
        if (count == 3) continue; /* continue in do-while jumps to the condition */
        printf("count=%d\n", count);
    } while (count < 5);
    while (1) { if (++count > 8) break; }
    printf("final count=%d\n", count);
    return 0;
}
