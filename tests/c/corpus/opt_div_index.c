/* Division and remainder by constants (divi/remi, shifts and masks for
 * unsigned powers of two) and array accesses that fold into ldx/stx or into
 * a load's offset, including an index changed between the address and the
 * access, and local arrays used inside loops (hoisted base addresses). */
#include <stdio.h>
#include <limits.h>

static int half(int x) { return x / 2; }
static long tenth(long x) { return x / 10; }
static unsigned udiv8(unsigned x) { return x / 8; }
static unsigned long urem16(unsigned long x) { return x % 16; }
static int srem7(int x) { return x % 7; }
static int sdivm3(int x) { return x / -3; }
static int sremm4(int x) { return x % -4; }

int main(void) {
    int vals[] = {0, 1, -1, 7, -7, 8, -8, 15, -15, 100, -100, INT_MAX, INT_MIN, INT_MIN + 1};
    unsigned long h = 0;
    for (unsigned k = 0; k < sizeof vals / sizeof vals[0]; k++) {
        int v = vals[k];
        h = h * 1000003u + (unsigned)half(v);
        h = h * 1000003u + (unsigned long)tenth(v);
        h = h * 1000003u + udiv8((unsigned)v);
        h = h * 1000003u + urem16((unsigned long)v);
        h = h * 1000003u + (unsigned)srem7(v);
        h = h * 1000003u + (unsigned)sdivm3(v);
        h = h * 1000003u + (unsigned)sremm4(v);
        printf("%d: %d %ld %u %lu %d %d %d\n", v, half(v), tenth(v), udiv8((unsigned)v),
               urem16((unsigned long)v), srem7(v), sdivm3(v), sremm4(v));
    }
    printf("h=%lu\n", h);

    /* Local arrays indexed in loops: element sizes 1, 2, 4, 8 and doubles. */
    signed char c[16];
    short s[16];
    int a[16];
    long l[16];
    double d[16];
    for (int i = 0; i < 16; i++) {
        c[i] = (signed char)(i * 17 - 100);
        s[i] = (short)(i * 3001 - 20000);
        a[i] = i * i - 50;
        l[i] = (long)i * 123456789012L;
        d[i] = i / 4.0;
    }
    long sum = 0;
    double dsum = 0;
    for (int i = 15; i >= 0; i--) {
        int j = i;
        int x = a[j];
        j = 15 - j; /* the index changes between two accesses */
        sum += x + a[j] + c[i] + s[j] + l[i] / 1000;
        dsum += d[i] * d[j];
    }
    /* Stores through an index, then a constant index (a load offset). */
    int *p = a + 3;
    for (int i = 0; i < 5; i++) p[i] = p[i + 1] * 2;
    printf("sum=%ld dsum=%.3f a3=%d a7=%d a8=%d c0=%d s15=%d\n", sum, dsum, a[3], a[7], a[8], c[0], s[15]);
    return 0;
}
