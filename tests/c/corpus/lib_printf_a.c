/* printf: %a and %A hexadecimal floating point, with precision, flags and subnormals */
#include <stdio.h>
#include <float.h>

int main(void) {
    double v[] = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, 0.1, 1.0 / 3.0, 255.0, 1e10, 1e-10,
                  DBL_MAX, DBL_MIN, 5e-324, 1e-310, 1.5, 1.0625, -12.75};
    int n = (int)(sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++)
        printf("[%a] [%A] [%.0a] [%.1a] [%.3a] [%.20a] [%#.0a] [%+a] [% a] [%25a] [%-25a|] [%025a]\n",
               v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i]);
    printf("[%.0a] [%.0a] [%.0a] [%.0a]\n", 1.5, 2.5, 1.75, 1.25);
    printf("[%.1a] [%.1a] [%.1a]\n", 1.03125, 1.09375, 1.96875);
    printf("[%.2a] [%.13a] [%.14a]\n", 0.1, 0.1, 0.1);
    printf("[%a] [%a]\n", (double)1.5f, (double)FLT_MAX);
    return 0;
}
