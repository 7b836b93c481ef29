/* program: digits of pi (Rabinowitz-Wagon spigot, 500 digits) and e (spigot, 300 digits), with digit counts */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    enum { DIGITS = 500 };
    int len = DIGITS * 10 / 3 + 2;
    int *a = malloc((size_t)len * sizeof *a);
    for (int i = 0; i < len; i++) a[i] = 2;
    char out[DIGITS + 2];
    int n = 0, nines = 0, predigit = 0;
    for (int j = 0; j < DIGITS + 1; j++) {
        int q = 0;
        for (int i = len - 1; i >= 0; i--) {
            int x = 10 * a[i] + q * (i + 1);
            a[i] = x % (2 * i + 1);
            q = x / (2 * i + 1);
        }
        a[0] = q % 10;
        q /= 10;
        if (q == 9) nines++;
        else if (q == 10) {
            if (n < DIGITS + 1) out[n++] = (char)('0' + predigit + 1);
            for (int k = 0; k < nines; k++) if (n < DIGITS + 1) out[n++] = '0';
            predigit = 0;
            nines = 0;
        } else {
            if (j > 0 && n < DIGITS + 1) out[n++] = (char)('0' + predigit);
            predigit = q;
            for (int k = 0; k < nines; k++) if (n < DIGITS + 1) out[n++] = '9';
            nines = 0;
        }
    }
    out[n] = 0;
    free(a);
    printf("pi = %c.", out[0]);
    for (int i = 1; i < n; i++) { putchar(out[i]); if (i % 60 == 0) printf("\n       "); }
    printf("\n");
    int counts[10] = {0};
    for (int i = 0; i < n; i++) counts[out[i] - '0']++;
    printf("digit counts:");
    for (int d = 0; d < 10; d++) printf(" %d:%d", d, counts[d]);
    printf("\n");
    enum { EDIG = 300 };
    int m = EDIG + 10;
    int *b = malloc((size_t)m * sizeof *b);
    for (int i = 0; i < m; i++) b[i] = 1;
    printf("e = 2.");
    for (int j = 0; j < EDIG; j++) {
        int carry = 0;
        for (int i = m - 1; i >= 0; i--) {
            int x = b[i] * 10 + carry;
            b[i] = x % (i + 2);
            carry = x / (i + 2);
        }
        putchar('0' + carry);
        if ((j + 1) % 60 == 0 && j + 1 < EDIG) printf("\n      ");
    }
    printf("\n");
    free(b);
    return 0;
}
