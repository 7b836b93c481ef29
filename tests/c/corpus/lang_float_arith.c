/* double and float arithmetic: basic ops, associativity effects, printing with %f %e %g %.17g */
#include <stdio.h>

int main(void) {
    double a = 0.1, b = 0.2, c = 0.3;
    printf("0.1 + 0.2 = %.17g, == 0.3: %d\n", a + b, a + b == c);
    printf("(a + b) + c = %.17g, a + (b + c) = %.17g\n", (a + b) + c, a + (b + c));
    printf("1e16 + 1 - 1e16 = %.17g\n", 1e16 + 1 - 1e16);
    printf("1e16 - 1e16 + 1 = %.17g\n", 1e16 - 1e16 + 1);
    double x = 1234.5678;
    printf("%%f %f %%e %e %%g %g %%.3f %.3f %%.2e %.2e\n", x, x, x, x, x);
    printf("%%g of 1e-5: %g, 1e-4: %g, 123456: %g, 1234567: %g\n", 1e-5, 1e-4, 123456.0, 1234567.0);
    printf("%%10.3f [%10.3f] %%-10.2f [%-10.2f] %%+.1f [%+.1f]\n", x, x, x);
    printf("7.0 / 2 = %.17g, -7.0 / 2 = %.17g\n", 7.0 / 2, -7.0 / 2);
    printf("1/3 = %.17g, 2/3 = %.17g\n", 1.0 / 3, 2.0 / 3);
    printf("float 1/3 = %.9g\n", (double)(1.0f / 3));
    printf("100 * 1.1 = %.17g\n", 100 * 1.1);
    printf("0.1 * 3 = %.17g\n", 0.1 * 3);
    double h = 0.5;
    int i;
    for (i = 0; i < 5; i++) { printf("%.17g ", h); h /= 3; }
    printf("\n");
    double big = 1.7976931348623157e308;
    printf("max double = %.17g, /2 = %.17g\n", big, big / 2);
    double tiny = 2.2250738585072014e-308;
    printf("min normal = %.17g, /2 = %.17g (subnormal)\n", tiny, tiny / 2);
    printf("5e-324 = %.17g\n", 5e-324);
    float f1 = 3.4028235e38f;
    printf("max float = %.9g\n", (double)f1);
    printf("negation: %.1f %.1f\n", -x, -(-x));
    double r = 10.0;
    r -= 0.1 * 100;
    printf("10 - 0.1*100 = %.17g\n", r);
    /* Kahan vs naive summation */
    double naive = 0, sum = 0, comp = 0;
    for (i = 0; i < 1000; i++) {
        naive += 0.001;
        double y = 0.001 - comp;
        double t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    printf("naive = %.17g kahan = %.17g\n", naive, sum);
    return 0;
}
