/* limits.h constants and arithmetic at the edges without overflow */
#include <stdio.h>
#include <limits.h>

int main(void) {
    printf("CHAR_BIT %d\n", CHAR_BIT);
    printf("SCHAR %d %d UCHAR %d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
    printf("SHRT %d %d USHRT %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("INT %d %d UINT %u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("LONG %ld %ld ULONG %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
    printf("LLONG %lld %lld ULLONG %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("INT_MAX - 1 + 1 = %d\n", INT_MAX - 1 + 1);
    printf("INT_MIN + 1 = %d\n", INT_MIN + 1);
    printf("-(INT_MIN + 1) = %d\n", -(INT_MIN + 1));
    printf("INT_MAX + INT_MIN = %d\n", INT_MAX + INT_MIN);
    printf("INT_MAX / -1 = %d\n", INT_MAX / -1);
    printf("INT_MIN / 1 = %d\n", INT_MIN / 1);
    printf("INT_MIN %% 2 = %d\n", INT_MIN % 2);
    printf("(long)INT_MAX + 1 = %ld\n", (long)INT_MAX + 1);
    printf("(long)INT_MIN - 1 = %ld\n", (long)INT_MIN - 1);
    printf("(long)INT_MAX * INT_MAX = %ld\n", (long)INT_MAX * INT_MAX);
    printf("UINT_MAX + 1 = %u\n", UINT_MAX + 1);
    printf("UINT_MAX + 1L = %ld\n", UINT_MAX + 1L);
    printf("-INT_MAX - 1 == INT_MIN: %d\n", -INT_MAX - 1 == INT_MIN);
    printf("LONG_MAX == LLONG_MAX: %d\n", LONG_MAX == LLONG_MAX);
    printf("(unsigned)INT_MIN = %u\n", (unsigned)INT_MIN);
    printf("-(unsigned)INT_MIN = %u\n", -(unsigned)INT_MIN);
    printf("SCHAR_MIN - 1 = %d (int)\n", SCHAR_MIN - 1);
    printf("USHRT_MAX + 1 = %d (int)\n", USHRT_MAX + 1);
    /* overflow checks without overflowing */
    int xs[] = { INT_MAX, 1, INT_MIN, -1, 1000000, 3000 };
    int i, j;
    for (i = 0; i < 6; i++)
        for (j = 0; j < 6; j++) {
            int x = xs[i], y = xs[j];
            int ovf_add = (y > 0 && x > INT_MAX - y) || (y < 0 && x < INT_MIN - y);
            if (!ovf_add) printf("%d + %d = %d\n", x, y, x + y);
            else printf("%d + %d overflows\n", x, y);
        }
    return 0;
}
