/* values chosen by ?: or if/else and used once at the join (voxcc reads the
   chosen value directly in each arm's copy of the join), next to the cases
   where the chosen register must stay: one arm keeps the old value, the
   value lives on around a loop, the source changes in the join, swaps */
#include <stdio.h>

static unsigned long long mix(unsigned long long h, long long v) {
    return (h ^ (unsigned long long)v) * 1099511628211ULL;
}

int main(void) {
    unsigned long long h = 1469598103934665603ULL;
    long long acc = 0, prev = 7, carry = 1;
    for (long long i = 0; i < 3000; i++) {
        long long x = i * i % 7;
        acc += x < 4 ? x : -1;                   /* chosen, used once */
        long long y = (i & 1) ? i * 3 : acc;     /* two registers chosen */
        h = mix(h, y);
        long long z = prev;                      /* one arm keeps the old value */
        if (i % 3 == 0) z = x + 100;
        h = mix(h, z);
        long long w;                             /* both arms assign */
        if (x > 2) w = acc; else w = i;
        acc -= w / 5;                            /* read after the source changes */
        h = mix(h, w);
        long long t = carry;                     /* lives around the loop */
        if (i % 5 == 1) carry = prev; else carry = t + 1;
        prev = t;                                /* a swap through the join */
        h = mix(h, carry + prev);
        long long s = i % 4 ? (long long)h : -(long long)(h >> 3);
        h = mix(h, s > 0 ? s % 1000 : -s % 1000);
    }
    long long m = 0;
    for (int k = -20; k <= 20; k++) {
        int a = k < 0 ? -k : k;                  /* abs as ?: */
        int b = k & 1 ? a : k;
        m = (m * 3 + (a > b ? a - b : b - a)) % 1000000007;
    }
    printf("%lld %lld %lld %llu %lld\n", acc, prev, carry, h, m);
    return 0;
}
