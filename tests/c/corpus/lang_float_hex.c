/* hexadecimal floating constants and %a output (a few values) */
#include <stdio.h>

int main(void) {
    double a = 0x1p0, b = 0x1.8p1, c = 0x.8p-1, d = 0x1.fffffffffffffp1023, e = 0x1p-1074;
    float f = 0x1.5p3f;
    printf("%.17g %.17g %.17g\n", a, b, c);
    printf("%.17g %.17g\n", d, e);
    printf("%.9g\n", (double)f);
    printf("%a %a %a\n", 1.0, 0.5, -2.5);
    printf("%a\n", 0.1);
    printf("%a %a\n", 0x1.23456p10, 0.0);
    printf("%A\n", 255.0);
    return 0;
}
