/* inline functions: static inline helpers, inline with external definition, recursion through inline */
#include <stdio.h>

static inline int max_i(int a, int b) { return a > b ? a : b; }
static inline unsigned rotl(unsigned x, int r) { return (x << r) | (x >> ((32 - r) & 31)); }
static inline double lerp(double a, double b, double t) { return a + (b - a) * t; }
static inline int ipow(int b, unsigned e) { return e == 0 ? 1 : b * ipow(b, e - 1); }

inline int twice(int x) { return 2 * x; }
extern int twice(int x); /* makes this translation unit provide the external definition */

int main(void) {
    int arr[] = { 3, 9, -2, 14, 7 };
    int m = arr[0], i;
    for (i = 1; i < 5; i++) m = max_i(m, arr[i]);
    printf("max = %d\n", m);
    printf("rotl(0x80000001, 1) = %08x\n", rotl(0x80000001u, 1));
    printf("rotl(0x12345678, 0) = %08x\n", rotl(0x12345678u, 0));
    for (i = 0; i <= 4; i++) printf("lerp(10, 20, %.2f) = %.2f\n", i / 4.0, lerp(10, 20, i / 4.0));
    printf("ipow(3, 10) = %d\n", ipow(3, 10));
    printf("twice(21) = %d\n", twice(21));
    int (*fp)(int) = twice;
    printf("fp(50) = %d\n", fp(50));
    return 0;
}
