/* printf: generated matrix of floating formats (flags x width x precision x f/e/g/a) over many values */
#include <stdio.h>
#include <math.h>
#include <float.h>

int main(void) {
    const char *flags[] = {"", "-", "+", " ", "0", "#", "+0", "-#", "#0", "- "};
    const char *widths[] = {"", "3", "24"};
    const char *precs[] = {"", ".0", ".1", ".3", ".6", ".17", ".25"};
    const char convs[] = {'f', 'e', 'E', 'g', 'G', 'a'};
    double vals[] = {0.0, -0.0, 1.0, -1.0, 0.5, 0.05, 9.5, 99.5, 0.125, 1e-5, 123456.789, -9.87654321e-7, 1e21, 3.0e-300,
                     DBL_MAX, DBL_MIN, 5e-324, M_PI, 2.0 / 3.0, 1e100, INFINITY, -INFINITY, 1234567.0, 0.000999999};
    int nv = (int)(sizeof vals / sizeof vals[0]);
    unsigned long checksum = 0;
    long total = 0;
    int lines = 0;
    for (int c = 0; c < 6; c++)
        for (int f = 0; f < 10; f++)
            for (int w = 0; w < 3; w++)
                for (int p = 0; p < 7; p++) {
                    if (convs[c] == 'f' && p == 6) continue;
                    char fmt[32];
                    static char out[8192];
                    int pos = 0;
                    sprintf(fmt, "%%%s%s%s%c", flags[f], widths[w], precs[p], convs[c]);
                    for (int v = 0; v < nv; v++) {
                        if (convs[c] == 'f' && fabs(vals[v]) > 1e30 && !isinf(vals[v])) continue;
                        pos += sprintf(out + pos, fmt, vals[v]);
                        out[pos++] = '|';
                    }
                    out[pos] = 0;
                    total += pos;
                    for (int i = 0; i < pos; i++) checksum = checksum * 131 + (unsigned char)out[i];
                    if ((f * 9 + w * 5 + p) % 23 == 0 && lines < 120) { printf("%-9s %s\n", fmt, out); lines++; }
                }
    printf("total chars %ld checksum %lu\n", total, checksum);
    return 0;
}
