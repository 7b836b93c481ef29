/* printf: generated matrix of integer formats (flags x width x precision x conversion) over edge values */
#include <stdio.h>
#include <limits.h>
#include <string.h>

int main(void) {
    const char *flags[] = {"", "-", "+", " ", "0", "#", "-+", "0+", "- ", "#0", "-#"};
    const char *widths[] = {"", "1", "6", "12"};
    const char *precs[] = {"", ".0", ".1", ".4", ".10"};
    const char convs[] = {'d', 'u', 'o', 'x', 'X'};
    long long vals[] = {0, 1, -1, 42, -42, 255, 65535, INT_MAX, INT_MIN, LLONG_MAX, LLONG_MIN};
    unsigned long checksum = 0;
    int lines = 0;
    for (int c = 0; c < 5; c++)
        for (int f = 0; f < 11; f++) {
            if ((convs[c] == 'd' || convs[c] == 'u') && strchr(flags[f], '#')) continue; /* # is undefined for d and u */
            for (int w = 0; w < 4; w++)
                for (int p = 0; p < 5; p++) {
                    char fmt[32], out[512];
                    int pos = 0;
                    sprintf(fmt, "%%%s%s%sll%c", flags[f], widths[w], precs[p], convs[c]);
                    for (int v = 0; v < 11; v++) {
                        if (convs[c] == 'd') pos += sprintf(out + pos, fmt, vals[v]);
                        else pos += sprintf(out + pos, fmt, (unsigned long long)vals[v]);
                        out[pos++] = '|';
                    }
                    out[pos] = 0;
                    for (int i = 0; i < pos; i++) checksum = checksum * 131 + (unsigned char)out[i];
                    if ((w + p + f) % 7 == 0 && lines < 150) { printf("%-10s %s\n", fmt, out); lines++; }
                }
        }
    printf("checksum %lu\n", checksum);
    return 0;
}
