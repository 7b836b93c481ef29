/* typedefs for function pointers: tables, callbacks, functions returning function pointers */
#include <stdio.h>

typedef int (*op)(int, int);
typedef void (*visitor)(int idx, int value, void *ctx);
typedef double (*unary)(double);
typedef op (*op_selector)(char);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int divi(int a, int b) { return b ? a / b : 0; }
static int mod(int a, int b) { return b ? a % b : 0; }

static op select_op(char c) {
    switch (c) {
    case '+': return add;
    case '-': return sub;
    case '*': return mul;
    case '/': return divi;
    case '%': return mod;
    default: return NULL;
    }
}

static void each(const int *a, int n, visitor v, void *ctx) { int i; for (i = 0; i < n; i++) v(i, a[i], ctx); }
static void summer(int idx, int value, void *ctx) { (void)idx; *(long *)ctx += value; }
static void printer(int idx, int value, void *ctx) { printf("%s[%d]=%d\n", (const char *)ctx, idx, value); }

static double twice(double x) { return 2 * x; }
static double square(double x) { return x * x; }
static double compose_apply(unary f, unary g, double x) { return f(g(x)); }

int main(void) {
    const char *ops = "+-*/%?";
    op_selector sel = select_op;
    const char *c;
    for (c = ops; *c; c++) {
        op f = sel(*c);
        if (f) printf("17 %c 5 = %d\n", *c, f(17, 5));
        else printf("no op for %c\n", *c);
    }
    int arr[] = { 4, 8, 15, 16, 23, 42 };
    long total = 0;
    each(arr, 6, summer, &total);
    printf("total=%ld\n", total);
    each(arr, 3, printer, "arr");
    printf("twice(square(3))=%.1f square(twice(3))=%.1f\n", compose_apply(twice, square, 3), compose_apply(square, twice, 3));
    op table[2][2] = { { add, sub }, { mul, divi } };
    printf("table[1][0](6,7)=%d (*table[0][1])(6,7)=%d\n", table[1][0](6, 7), (*table[0][1])(6, 7));
    return 0;
}
