/* limits.h: every integer limit macro for the LP64 data model */
#include <stdio.h>
#include <limits.h>

int main(void) {
    printf("CHAR_BIT=%d\n", CHAR_BIT);
    printf("SCHAR_MIN=%d SCHAR_MAX=%d UCHAR_MAX=%d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
    printf("CHAR_MIN=%d CHAR_MAX=%d\n", CHAR_MIN, CHAR_MAX);
    printf("SHRT_MIN=%d SHRT_MAX=%d USHRT_MAX=%d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("INT_MIN=%d INT_MAX=%d UINT_MAX=%u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("LONG_MIN=%ld LONG_MAX=%ld ULONG_MAX=%lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
    printf("LLONG_MIN=%lld LLONG_MAX=%lld ULLONG_MAX=%llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("MB_LEN_MAX>=1: %d\n", MB_LEN_MAX >= 1);
    printf("sizes: char=%zu short=%zu int=%zu long=%zu llong=%zu ptr=%zu float=%zu double=%zu\n", sizeof(char),
           sizeof(short), sizeof(int), sizeof(long), sizeof(long long), sizeof(void *), sizeof(float), sizeof(double));
    printf("INT_MAX+1u=%u INT_MIN-1L=%ld\n", INT_MAX + 1u, INT_MIN - 1L);
    printf("UINT_MAX+1=%u ULONG_MAX+1=%lu\n", UINT_MAX + 1u, ULONG_MAX + 1ul);
    printf("(char)CHAR_MAX+1 = %d\n", CHAR_MAX + 1);
    return 0;
}
