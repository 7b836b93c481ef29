/* function pointers: declaration, (*fp)(x) vs fp(x), comparison, pointer to function taking pointer */
#include <stdio.h>

static int square(int x) { return x * x; }
static int negate(int x) { return -x; }
static void hello(void) { printf("hello via pointer\n"); }
static int apply_n(int (*f)(int), int x, int n) { while (n-- > 0) x = f(x); return x; }
static void map(int *a, int n, int (*f)(int)) { int i; for (i = 0; i < n; i++) a[i] = (*f)(a[i]); }
static double integrate(double (*f)(double), double a, double b, int steps) {
    double h = (b - a) / steps, s = 0;
    int i;
    for (i = 0; i < steps; i++) s += f(a + (i + 0.5) * h);
    return s * h;
}
static double cube(double x) { return x * x * x; }
static double line(double x) { return 2 * x + 1; }

int main(void) {
    int (*fp)(int) = square;
    printf("fp(5)=%d (*fp)(5)=%d (**fp)(5)=%d\n", fp(5), (*fp)(5), (**fp)(5));
    fp = &negate;
    printf("fp(5)=%d\n", fp(5));
    printf("fp == negate: %d, fp == square: %d\n", fp == negate, fp == square);
    void (*h)(void) = hello;
    h();
    (*h)();
    printf("apply square 3 times to 2: %d\n", apply_n(square, 2, 3));
    printf("apply negate 5 times to 7: %d\n", apply_n(negate, 7, 5));
    int arr[5] = { 1, -2, 3, -4, 5 };
    map(arr, 5, square);
    int i;
    for (i = 0; i < 5; i++) printf("%d ", arr[i]);
    printf("\n");
    printf("integral cube 0..2 = %.6f\n", integrate(cube, 0, 2, 1000));
    printf("integral line 0..3 = %.6f\n", integrate(line, 0, 3, 10));
    int (*nullfp)(int) = NULL;
    printf("nullfp is null: %d\n", nullfp == NULL);
    printf("call through conditional: %d\n", (arr[0] > 0 ? square : negate)(9));
    return 0;
}
