/* unary operators: + promotes, - on unsigned wraps, ~ on every width, ! yields int, & and * round trips, sizeof on unary expressions */
#include <stdio.h>

int main(void) {
    unsigned char uc = 5;
    signed char sc = -5;
    unsigned short us = 7;
    unsigned u = 1;
    unsigned long ul = 1;
    long l = 9;
    printf("+uc size %zu value %d\n", sizeof(+uc), +uc);
    printf("-uc = %d (int)\n", -uc);
    printf("-us = %d (int)\n", -us);
    printf("-u = %u\n", -u);
    printf("-ul = %lu\n", -ul);
    printf("-sc = %d, - -sc = %d\n", -sc, - -sc);
    printf("-l = %ld, +l = %ld\n", -l, +l);
    printf("~uc = %d, ~sc = %d, ~us = %d, ~u = %u, ~ul = %lu, ~l = %ld\n", ~uc, ~sc, ~us, ~u, ~ul, ~l);
    printf("!uc = %d, !0u = %d, sizeof(!l) = %zu\n", !uc, !0u, sizeof(!l));
    double d = 2.5;
    printf("-d = %.1f, +d = %.1f, !d = %d\n", -d, +d, !d);
    float f = -0.0f;
    printf("-f = %.1f, !f = %d\n", (double)-f, !f);
    int x = 10;
    int *px = &x;
    printf("*&x = %d, &*px == px: %d\n", *&x, &*px == px);
    int arr[3] = { 1, 2, 3 };
    printf("*arr = %d, *&arr[2] = %d, (&arr[1])[1] = %d\n", *arr, *&arr[2], (&arr[1])[1]);
    printf("-(-2147483647) = %d\n", -(-2147483647));
    printf("-0 = %d, -0u = %u, ~0 = %d\n", -0, -0u, ~0);
    long long ll = -9223372036854775807LL;
    printf("-ll = %lld\n", -ll);
    unsigned long long ull = 1;
    printf("-ull = %llu\n", -ull);
    _Bool b = 1;
    printf("-b = %d, ~b = %d, !b = %d\n", -b, ~b, !b);
    return 0;
}
