/* program: numerical methods: Simpson and trapezoid integration, Newton and bisection roots, RK4 ODE, series sums */
#include <stdio.h>
#include <math.h>

static double f1(double x) { return sin(x); }
static double f2(double x) { return exp(-x * x); }
static double f3(double x) { return 1.0 / (1.0 + x * x); }

static double simpson(double (*f)(double), double a, double b, int n) {
    double h = (b - a) / n, s = f(a) + f(b);
    for (int i = 1; i < n; i++) s += f(a + i * h) * (i % 2 ? 4 : 2);
    return s * h / 3;
}
static double trapezoid(double (*f)(double), double a, double b, int n) {
    double h = (b - a) / n, s = (f(a) + f(b)) / 2;
    for (int i = 1; i < n; i++) s += f(a + i * h);
    return s * h;
}

int main(void) {
    for (int n = 4; n <= 256; n *= 4)
        printf("n=%3d  int sin 0..pi: simpson %.15f trap %.15f | int exp(-x^2) 0..2: %.15f | 4*int 1/(1+x^2) 0..1: %.15f\n", n,
               simpson(f1, 0, M_PI, n), trapezoid(f1, 0, M_PI, n), simpson(f2, 0, 2, n), 4 * simpson(f3, 0, 1, n));
    /* Newton for sqrt(2) and cube root of 10 */
    double x = 1;
    for (int i = 0; i < 6; i++) { x = x - (x * x - 2) / (2 * x); printf("newton sqrt2 iter %d: %.17g\n", i + 1, x); }
    x = 2;
    for (int i = 0; i < 8; i++) x = x - (x * x * x - 10) / (3 * x * x);
    printf("cbrt(10) newton %.17g libm %.17g\n", x, cbrt(10.0));
    /* bisection for cos(x) = x */
    double lo = 0, hi = 1;
    int it = 0;
    while (hi - lo > 1e-15 && it < 200) { double mid = (lo + hi) / 2; if (cos(mid) - mid > 0) lo = mid; else hi = mid; it++; }
    printf("dottie number %.15f after %d bisections\n", lo, it);
    /* RK4 for y' = -2xy, y(0)=1 -> exp(-x^2) */
    double y = 1, t = 0, h = 0.1;
    for (int i = 0; i < 20; i++) {
        double k1 = -2 * t * y, k2 = -2 * (t + h / 2) * (y + h / 2 * k1), k3 = -2 * (t + h / 2) * (y + h / 2 * k2), k4 = -2 * (t + h) * (y + h * k3);
        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        t += h;
        if ((i + 1) % 5 == 0) printf("rk4 y(%.1f) = %.12f exact %.12f\n", t, y, exp(-t * t));
    }
    double basel = 0, leibniz = 0, e = 0, fact = 1;
    for (int k = 1; k <= 100000; k++) basel += 1.0 / ((double)k * k);
    for (int k = 0; k < 100000; k++) leibniz += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
    for (int k = 0; k < 20; k++) { e += 1 / fact; fact *= k + 1; }
    printf("basel %.15f (pi^2/6 %.15f)\nleibniz %.15f\ne series %.17g exp(1) %.17g\n", basel, M_PI * M_PI / 6, leibniz, e, exp(1.0));
    float fs = 0;
    double ds = 0;
    for (int k = 1; k <= 10000; k++) { fs += 0.1f; ds += 0.1; }
    printf("sum of 0.1 x 10000: float %.9g double %.17g\n", (double)fs, ds);
    return 0;
}
