/* PicoC copy of ../shared/bench-peers/c/mandelbrot.c: int instead of int64_t and
 * unsigned int instead of uint32_t (no <stdint.h>), declarations hoisted.
 * Run: picoc mandelbrot.c - N */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = 1000;
    int inside = 0;
    unsigned int checksum = 0;
    int y;
    int x;
    int i;
    int bit;
    unsigned int byte;
    double ci;
    double cr;
    double zr;
    double zi;
    double tr;
    double ti;
    if (argc > 1) n = atoi(argv[1]);
    for (y = 0; y < n; y++) {
        ci = 2.0 * y / n - 1.0;
        byte = 0;
        bit = 0;
        for (x = 0; x < n; x++) {
            cr = 2.0 * x / n - 1.5;
            zr = 0.0;
            zi = 0.0;
            tr = 0.0;
            ti = 0.0;
            i = 0;
            while (i < 50 && tr + ti <= 4.0) {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
                i++;
            }
            byte <<= 1;
            if (tr + ti <= 4.0) { byte |= 1; inside++; }
            if (++bit == 8 || x == n - 1) {
                byte <<= (8 - bit);
                checksum = checksum * 31u + byte;
                byte = 0;
                bit = 0;
            }
        }
    }
    printf("%d %u\n", inside, checksum);
    return 0;
}
