/* function declaration forms: no-prototype declarations, unnamed parameters, array and function parameters adjusted to pointers, qualifiers in [] */
#include <stdio.h>

int old_style();              /* no prototype: any arguments accepted */
static int unnamed(int, char, double);
static int apply(int f(int), int x);               /* function parameter adjusted to pointer */
static int sum_static(const int a[static 3]);
static void fill(int a[const], int n, int v);
static int first_row_sum(int m[][3]);
static double dot(const double *restrict a, const double *restrict b, int n);
static void (*signal_like(int which, void (*handler)(int)))(int);

int old_style(a, b) int a, b; { return a * 100 + b; }
static int unnamed(int a, char b, double c) { return a + b + (int)c; }
static int inc(int x) { return x + 1; }
static int apply(int f(int), int x) { return f(f(x)); }
static int sum_static(const int a[static 3]) { return a[0] + a[1] + a[2]; }
static void fill(int a[const], int n, int v) { int i; for (i = 0; i < n; i++) a[i] = v; }
static int first_row_sum(int m[][3]) { return m[0][0] + m[0][1] + m[0][2]; }
static double dot(const double *restrict a, const double *restrict b, int n) { double s = 0; int i; for (i = 0; i < n; i++) s += a[i] * b[i]; return s; }
static int handled;
static void h1(int v) { handled = v; }
static void h2(int v) { handled = -v; }
static void (*current)(int) = h1;
static void (*signal_like(int which, void (*handler)(int)))(int) {
    void (*old)(int) = current;
    (void)which;
    current = handler;
    return old;
}
static int no_params(void) { return 77; }

int main(void) {
    printf("old_style(3, 4) = %d\n", old_style(3, 4));
    printf("unnamed = %d\n", unnamed(1, 'a', 2.5));
    printf("apply(inc, 5) = %d\n", apply(inc, 5));
    int arr[4] = { 4, 5, 6, 7 };
    printf("sum_static = %d\n", sum_static(arr + 1));
    fill(arr, 4, 9);
    printf("filled %d %d\n", arr[0], arr[3]);
    int m[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    printf("first_row_sum(m + 1) = %d\n", first_row_sum(m + 1));
    double x[3] = { 1, 2, 3 }, y[3] = { 4, 5, 6 };
    printf("dot = %.1f\n", dot(x, y, 3));
    void (*old)(int) = signal_like(1, h2);
    old(5);
    printf("old handler result %d\n", handled);
    current(5);
    printf("new handler result %d\n", handled);
    printf("no_params = %d\n", no_params());
    return 0;
}
