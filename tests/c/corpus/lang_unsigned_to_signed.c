/* out-of-range unsigned to signed conversion: gcc wraps modulo 2^N (implementation-defined) */
#include <stdio.h>
#include <limits.h>

int main(void) {
    unsigned int u = 4294967295u;
    int i = (int)u;
    printf("(int)4294967295u = %d\n", i);
    printf("(int)2147483648u = %d\n", (int)2147483648u);
    printf("(int)3000000000u = %d\n", (int)3000000000u);
    printf("(short)65535 = %d\n", (short)65535);
    printf("(short)(unsigned short)32768 = %d\n", (short)(unsigned short)32768);
    printf("(signed char)200 = %d\n", (signed char)200);
    printf("(signed char)128 = %d\n", (signed char)128);
    printf("(long)ULONG_MAX = %ld\n", (long)ULONG_MAX);
    printf("(long)(1UL<<63) = %ld\n", (long)(1UL << 63));
    printf("(long long)18446744073709551615ULL = %lld\n", (long long)18446744073709551615ULL);
    printf("(int)0x1ffffffffL = %d\n", (int)0x1ffffffffL);
    printf("(int)-4294967297L = %d\n", (int)-4294967297L);
    /* a 32-bit hash used as a signed value */
    unsigned h = 0;
    const char *p = "implementation defined";
    while (*p) h = h * 31u + (unsigned char)*p++;
    printf("hash %u as int %d\n", h, (int)h);
    /* wrapping addition done in unsigned then converted back */
    int a = INT_MAX, b = 1;
    int wrapped = (int)((unsigned)a + (unsigned)b);
    printf("INT_MAX + 1 via unsigned = %d\n", wrapped);
    long la = LONG_MAX;
    long lw = (long)((unsigned long)la + 1ul);
    printf("LONG_MAX + 1 via unsigned = %ld\n", lw);
    return 0;
}
