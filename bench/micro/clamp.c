/* clamp: a running clamp of random ints with `if (x > hi) x = hi;` and
 * `x = x < lo ? lo : x` (voxcc: max/min, no branch). Prints a checksum;
 * gcc -O0 prints the same. */
#include <stdio.h>
static int a[100000];
static long clamped_sum(const int *a, int n, int lo, int hi) {
    long s = 0;
    for (int i = 0; i < n; i++) {
        int x = a[i];
        if (x > hi) x = hi;
        x = x < lo ? lo : x;
        s += x;
    }
    return s;
}
int main(void) {
    unsigned s = 1;
    for (int i = 0; i < 100000; i++) { s = s * 1103515245u + 12345u; a[i] = (int)(s >> 8) % 4000 - 2000; }
    long t = 0;
    for (int r = 0; r < 300; r++) t += clamped_sum(a, 100000, -1000 + r, 1000 - r);
    printf("%ld\n", t);
    return 0;
}
