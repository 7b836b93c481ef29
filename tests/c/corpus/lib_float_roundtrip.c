/* printf %.17g / %a and strtod: pseudo-random doubles (all exponent ranges) must round-trip bit-exactly; shortest digits */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <math.h>

static uint64_t state = 88172645463325252ull;
static uint64_t next(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }

int main(void) {
    int bad17 = 0, bada = 0, tested = 0;
    unsigned long hash = 0;
    int shown = 0;
    int digit_hist[18] = {0};
    for (int i = 0; i < 400; i++) {
        uint64_t bits = next();
        double d;
        memcpy(&d, &bits, sizeof d);
        if (isnan(d) || isinf(d)) continue;
        tested++;
        char buf[64];
        sprintf(buf, "%.17g", d);
        for (char *p = buf; *p; p++) hash = hash * 31 + (unsigned char)*p;
        double back = strtod(buf, NULL);
        if (memcmp(&back, &d, sizeof d) != 0) bad17++;
        char hex[64];
        sprintf(hex, "%a", d);
        for (char *p = hex; *p; p++) hash = hash * 31 + (unsigned char)*p;
        back = strtod(hex, NULL);
        if (memcmp(&back, &d, sizeof d) != 0) bada++;
        /* shortest precision that round trips */
        for (int prec = 1; prec <= 17; prec++) {
            sprintf(buf, "%.*g", prec, d);
            back = strtod(buf, NULL);
            if (memcmp(&back, &d, sizeof d) == 0) { digit_hist[prec]++; break; }
        }
        if (shown < 25) { printf("%-26.17g %-24s %s\n", d, hex, buf); shown++; }
    }
    printf("tested %d, %%.17g failures %d, %%a failures %d, hash %lu\n", tested, bad17, bada, hash);
    printf("shortest digits histogram:");
    for (int i = 1; i <= 17; i++) printf(" %d:%d", i, digit_hist[i]);
    printf("\n");
    /* ordinary decimal values */
    int badsmall = 0;
    for (int i = -2000; i <= 2000; i++) {
        double d = i / 100.0;
        char buf[32];
        sprintf(buf, "%.2f", d);
        if (strtod(buf, NULL) != d) badsmall++;
    }
    printf("two-decimal round trip failures: %d\n", badsmall);
    return 0;
}
