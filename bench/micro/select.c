/* select: `if (x < 0) t = p; else t = q;` over random ints (voxcc: sellt,
 * no branch). Prints a checksum; gcc -O0 prints the same. */
#include <stdio.h>
static int a[100000];
static long pick(const int *a, int n, long p, long q) {
    long s = 0;
    for (int i = 0; i < n; i++) {
        int x = a[i];
        long t;
        if (x < 0) t = p; else t = q;
        s += t;
    }
    return s;
}
int main(void) {
    unsigned s = 1;
    for (int i = 0; i < 100000; i++) { s = s * 1103515245u + 12345u; a[i] = (int)(s >> 8) % 4000 - 2000; }
    long t = 0;
    for (int r = 0; r < 300; r++) t += pick(a, 100000, r, -r);
    printf("%ld\n", t);
    return 0;
}
