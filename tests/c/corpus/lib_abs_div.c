/* stdlib.h: abs, labs, llabs, div, ldiv, lldiv with negative operands (truncation toward zero) */
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

int main(void) {
    printf("abs: %d %d %d %d\n", abs(0), abs(-5), abs(5), abs(INT_MAX));
    printf("abs(-INT_MAX)=%d\n", abs(-INT_MAX));
    printf("labs: %ld %ld\n", labs(-1234567890123L), labs(LONG_MAX));
    printf("llabs: %lld %lld\n", llabs(-9000000000000000000LL), llabs(LLONG_MIN + 1));
    int ns[] = {7, -7, 7, -7, 0, 1, INT_MIN, INT_MAX};
    int ds[] = {2, 2, -2, -2, 3, 1, 1, -1};
    for (int i = 0; i < 8; i++) {
        div_t q = div(ns[i], ds[i]);
        printf("div(%d, %d) = {%d, %d}\n", ns[i], ds[i], q.quot, q.rem);
    }
    ldiv_t l = ldiv(-1000000000007L, 10L);
    printf("ldiv = {%ld, %ld}\n", l.quot, l.rem);
    lldiv_t ll = lldiv(LLONG_MIN, 7LL);
    printf("lldiv = {%lld, %lld}\n", ll.quot, ll.rem);
    ll = lldiv(123456789012345LL, -1000LL);
    printf("lldiv = {%lld, %lld}\n", ll.quot, ll.rem);
    return 0;
}
