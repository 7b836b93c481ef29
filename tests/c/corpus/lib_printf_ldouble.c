/* printf: L length with f e g on long double values exactly representable as double */
#include <stdio.h>

int main(void) {
    long double v[] = {0.0L, 1.0L, -1.5L, 0.25L, 1024.0L, 0.0078125L, 12345678.5L, 1e10L, -3.75L, 2.5L};
    for (int i = 0; i < 10; i++)
        printf("[%Lf] [%.2Lf] [%Le] [%.0Le] [%Lg] [%10.3Lg] [%-12.1Lf|] [%+Lf]\n", v[i], v[i], v[i], v[i], v[i],
               v[i], v[i], v[i]);
    long double x = 3.0L;
    x = x * 2.0L + 0.5L;
    printf("%Lf %d\n", x, (int)x);
    return 0;
}
