/* printf: * width and precision, negative * width (left-justify) and negative * precision (ignored) */
#include <stdio.h>

int main(void) {
    for (int w = -6; w <= 6; w += 3) {
        printf("w=%2d [%*d] [%*s] [%*x]\n", w, w, 42, w, "ab", w, 255u);
    }
    for (int p = -2; p <= 4; p++) {
        printf("p=%2d [%.*d] [%.*s] [%.*f] [%.*e]\n", p, p, 7, p, "abcdef", p, 3.14159, p, 31415.9);
    }
    printf("[%*.*d]\n", 10, 5, -42);
    printf("[%-*.*d]\n", 10, 5, -42);
    printf("[%*.*d]\n", -10, 5, -42);
    printf("[%0*d]\n", 8, -42);
    printf("[%0*d]\n", -8, -42);
    printf("[%+*d]\n", 6, 3);
    printf("[%*d]\n", 0, 5);
    printf("[%*.*f]\n", 12, 2, -3.14159);
    printf("[%0*.*f]\n", 12, 2, -3.14159);
    printf("[%-*.*g]\n", 12, 3, 0.000123456);
    printf("[%*c]\n", 4, 'q');
    printf("[%*c]\n", -4, 'q');
    return 0;
}
