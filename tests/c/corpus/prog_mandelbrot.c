/* program: ASCII Mandelbrot set (64x24) with iteration counts and a histogram */
#include <stdio.h>

int main(void) {
    const char *shades = " .:-=+*#%@";
    int hist[10] = {0};
    long total = 0;
    for (int row = 0; row < 24; row++) {
        double ci = 1.2 - row * 0.1;
        for (int col = 0; col < 64; col++) {
            double cr = -2.1 + col * 0.045;
            double zr = 0, zi = 0;
            int it = 0;
            while (it < 60 && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = t;
                it++;
            }
            total += it;
            int shade = it >= 60 ? 9 : it % 9;
            hist[shade]++;
            putchar(shades[shade]);
        }
        putchar('\n');
    }
    printf("total iterations %ld\n", total);
    for (int i = 0; i < 10; i++) printf("'%c' %d\n", shades[i], hist[i]);
    return 0;
}
