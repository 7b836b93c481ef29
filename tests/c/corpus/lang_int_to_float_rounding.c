/* int -> float/double conversion rounds to nearest even when not exact */
#include <stdio.h>

int main(void) {
    int vals[] = { 16777216, 16777217, 16777218, 16777219, 16777220, 16777221, 33554435, 2147483647, -16777217, -16777219 };
    unsigned i;
    for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        float f = (float)vals[i];
        printf("%d -> float %.1f (diff %d)\n", vals[i], f, (int)((double)f - vals[i]));
    }
    long long lv[] = { 9007199254740992LL, 9007199254740993LL, 9007199254740994LL, 9007199254740995LL, 9223372036854775807LL, -9007199254740993LL };
    for (i = 0; i < sizeof lv / sizeof lv[0]; i++) {
        double d = (double)lv[i];
        printf("%lld -> double %.1f\n", lv[i], d);
    }
    unsigned long long uv[] = { 18446744073709551615ULL, 18446744073709550591ULL, 18446744073709550592ULL, 9223372036854775808ULL, 9223372036854776833ULL };
    for (i = 0; i < sizeof uv / sizeof uv[0]; i++)
        printf("%llu -> double %.1f float %.1f\n", uv[i], (double)uv[i], (float)uv[i]);
    /* double -> float rounding */
    double ds[] = { 0.1, 1.0 / 3.0, 16777217.0, 16777219.0, 1e10, 3.4028234663852886e38 };
    for (i = 0; i < sizeof ds / sizeof ds[0]; i++)
        printf("%.17g -> float %.17g\n", ds[i], (double)(float)ds[i]);
    return 0;
}
