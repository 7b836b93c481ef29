/* division and modulo by constants (compilers often use magic multiplication) over many signed and unsigned values */
#include <stdio.h>
#include <stdint.h>

int main(void) {
    int vals[] = { 0, 1, -1, 2, -2, 6, -6, 7, -7, 99, -99, 1000, -1000, 32767, -32768, 1234567, -1234567, 2147483647, -2147483647 - 1 };
    unsigned n = sizeof vals / sizeof vals[0], i;
    long long acc = 0;
    for (i = 0; i < n; i++) {
        int v = vals[i];
        printf("%d: /3=%d %%3=%d /7=%d %%7=%d /10=%d %%10=%d /16=%d %%16=%d /-5=%d %%-5=%d /1000=%d\n",
               v, v / 3, v % 3, v / 7, v % 7, v / 10, v % 10, v / 16, v % 16, v / -5, v % -5, v / 1000);
        acc += v / 3 + v % 7 + v / 16;
    }
    printf("acc = %lld\n", acc);
    unsigned uvals[] = { 0, 1, 5, 6, 7, 100, 65535, 2147483648u, 4294967295u, 3000000000u };
    for (i = 0; i < sizeof uvals / sizeof uvals[0]; i++) {
        unsigned u = uvals[i];
        printf("%u: /3=%u %%3=%u /7=%u %%7=%u /10=%u /16=%u %%16=%u /641=%u\n", u, u / 3, u % 3, u / 7, u % 7, u / 10, u / 16, u % 16, u / 641);
    }
    int64_t lv[] = { 0, -1, 9223372036854775807LL, -9223372036854775807LL - 1, 1000000007LL * 3, -123456789012345LL };
    for (i = 0; i < sizeof lv / sizeof lv[0]; i++) {
        int64_t v = lv[i];
        printf("%lld: /3=%lld %%3=%lld /10=%lld %%10=%lld /1000000007=%lld\n", (long long)v, (long long)(v / 3), (long long)(v % 3), (long long)(v / 10), (long long)(v % 10), (long long)(v / 1000000007));
    }
    uint64_t uv = 18446744073709551615ULL;
    printf("umax /3=%llu %%3=%llu /10=%llu %%7=%llu\n", (unsigned long long)(uv / 3), (unsigned long long)(uv % 3), (unsigned long long)(uv / 10), (unsigned long long)(uv % 7));
    short sv = -32768;
    unsigned char cv = 255;
    printf("short -32768 / 3 = %d, uchar 255 / 7 = %d, %% 7 = %d\n", sv / 3, cv / 7, cv % 7);
    return 0;
}
