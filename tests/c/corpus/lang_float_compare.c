/* floating comparisons: exact equality pitfalls, ordering, epsilon compares, int vs float comparisons */
#include <stdio.h>
#include <math.h>

static int nearly(double a, double b, double eps) { return fabs(a - b) <= eps * fmax(fabs(a), fabs(b)); }

int main(void) {
    double x = 0.1 * 3, y = 0.3;
    printf("0.1*3 == 0.3: %d, nearly: %d\n", x == y, nearly(x, y, 1e-12));
    printf("0.5 == 0.5f: %d, 0.1 == 0.1f: %d\n", 0.5 == 0.5f, 0.1 == 0.1f);
    int big = 16777217;
    float fb = (float)big;
    printf("(float)16777217 == 16777217: %d (int converted to float: %d)\n", fb == big, (float)big == fb);
    long long l = 9007199254740993LL;
    double dl = (double)l;
    printf("(double)2^53+1 == 2^53+1: %d\n", dl == l);
    printf("(long long)dl == l: %d\n", (long long)dl == l);
    unsigned u = 4294967295u;
    printf("u == 4294967295.0: %d, u < 4294967296.0: %d\n", u == 4294967295.0, u < 4294967296.0);
    printf("-1 < 0.5u?: %d\n", -1 < 0.5);
    double vals[] = { 3.5, -1.25, 2.0, 2.0, -0.0, 0.0, 1e-300 };
    int n = 7, i, j;
    for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (vals[j] < vals[i]) { double t = vals[i]; vals[i] = vals[j]; vals[j] = t; }
    for (i = 0; i < n; i++) printf("%g ", vals[i]);
    printf("\n");
    printf("1e308 * 10 > 1e308: %d\n", 1e308 * 10 > 1e308);
    printf("2.0 >= 2: %d, 2.0000000000000004 > 2: %d\n", 2.0 >= 2, 2.0000000000000004 > 2);
    float a = 1.1f;
    double b = 1.1;
    printf("1.1f < 1.1: %d, 1.1f > 1.1: %d\n", a < b, a > b);
    return 0;
}
