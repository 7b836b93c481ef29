/* printf: %d %i %u on edge values with widths and precisions */
#include <stdio.h>
#include <limits.h>

int main(void) {
    int vals[] = {0, 1, -1, 7, -7, 42, 100, -100, 12345, -12345, INT_MAX, INT_MIN, SHRT_MAX, SHRT_MIN};
    int n = (int)(sizeof vals / sizeof vals[0]);
    for (int i = 0; i < n; i++) {
        int v = vals[i];
        printf("[%d] [%i] [%5d] [%-5d] [%05d] [%.3d] [%5.3d] [%-8.4d] [%+d] [% d] [%.0d]\n",
               v, v, v, v, v, v, v, v, v, v, v);
    }
    unsigned uv[] = {0u, 1u, 255u, 65535u, 4294967295u, 2147483648u};
    for (int i = 0; i < 6; i++)
        printf("[%u] [%12u] [%-12u] [%012u] [%.8u] [%.0u]\n", uv[i], uv[i], uv[i], uv[i], uv[i], uv[i]);
    printf("[%.0d] [%5.0d] [%-5.0d] [%+.0d] [% .0d]\n", 0, 0, 0, 0, 0);
    printf("[%d%d%d]\n", 1, 2, 3);
    printf("[%1d] [%2d] [%20d] [%-20d]\n", 123456, -5, INT_MIN, INT_MIN);
    printf("[%.20d] [%.20i] [%25.20d]\n", INT_MAX, INT_MIN, -1);
    return 0;
}
