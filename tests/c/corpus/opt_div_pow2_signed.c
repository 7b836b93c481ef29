/* signed division and remainder by every power of two (voxcc's divp2/remp2: no
   hardware divide, rounding toward zero) against edge values of int and long long */
#include <stdio.h>
#include <limits.h>

static int iv[] = { 0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 9, -9, 1023, -1023, 1024, -1024,
                    123456789, -123456789, INT_MAX, INT_MIN, INT_MIN + 1 };
static long long lv[] = { 0, 1, -1, 5, -5, 4096, -4096, 4097, -4097, 1234567890123LL,
                          -1234567890123LL, LLONG_MAX, LLONG_MIN, LLONG_MIN + 1 };

int main(void) {
    unsigned long long h = 1469598103934665603ULL;
    for (unsigned i = 0; i < sizeof iv / sizeof iv[0]; i++) {
        int v = iv[i];
        printf("%d: /2=%d %%2=%d /4=%d %%4=%d /8=%d %%8=%d /1024=%d %%1024=%d /65536=%d %%65536=%d /2^30=%d %%2^30=%d\n",
               v, v / 2, v % 2, v / 4, v % 4, v / 8, v % 8, v / 1024, v % 1024, v / 65536, v % 65536,
               v / 1073741824, v % 1073741824);
    }
    for (unsigned i = 0; i < sizeof lv / sizeof lv[0]; i++) {
        long long v = lv[i];
        printf("%lld: /2=%lld %%2=%lld /16=%lld %%16=%lld /2^32=%lld %%2^32=%lld /2^62=%lld %%2^62=%lld\n",
               v, v / 2, v % 2, v / 16, v % 16, v / 4294967296LL, v % 4294967296LL,
               v / 4611686018427387904LL, v % 4611686018427387904LL);
    }
    /* a running hash so every quotient of a range counts */
    for (int v = -5000; v <= 5000; v += 7) {
        h = (h ^ (unsigned)(v / 32)) * 1099511628211ULL;
        h = (h ^ (unsigned)(v % 32)) * 1099511628211ULL;
        long long w = (long long)v * 1000003;
        h = (h ^ (unsigned long long)(w / 128)) * 1099511628211ULL;
        h = (h ^ (unsigned long long)(w % 128)) * 1099511628211ULL;
    }
    /* chars and shorts promote to int first */
    signed char c = -127;
    short s = -32767;
    printf("char %d %d short %d %d\n", c / 4, c % 4, s / 256, s % 256);
    printf("hash %llx\n", h);
    return 0;
}
