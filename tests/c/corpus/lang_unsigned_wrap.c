/* unsigned arithmetic wraps modulo 2^N in every width */
#include <stdio.h>
#include <limits.h>

int main(void) {
    unsigned char uc = 250;
    unsigned short us = 65530;
    unsigned int ui = UINT_MAX - 2;
    unsigned long ul = ULONG_MAX - 2;
    unsigned long long ull = ULLONG_MAX;
    int i;
    for (i = 0; i < 8; i++) {
        uc++; us++; ui++; ul++;
        printf("%d: uc=%u us=%u ui=%u ul=%lu\n", i, uc, us, ui, ul);
    }
    ull += 1;
    printf("ull max + 1 = %llu\n", ull);
    ull -= 1;
    printf("0 - 1 = %llu\n", ull);
    printf("0u - 1 = %u\n", 0u - 1);
    printf("UINT_MAX * UINT_MAX = %u\n", UINT_MAX * UINT_MAX);
    printf("ULONG_MAX * 3 = %lu\n", ULONG_MAX * 3);
    printf("0x80000000u * 2 = %u\n", 0x80000000u * 2);
    printf("-(unsigned)5 = %u\n", -(unsigned)5);
    printf("-(unsigned long)5 = %lu\n", -(unsigned long)5);
    unsigned x = 123456789u;
    printf("x * 1000000007u = %u\n", x * 1000000007u);
    unsigned long long h = 14695981039346656037ull;
    const char *s = "hello";
    while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ull; }
    printf("fnv1a(hello) = %llu\n", h);
    unsigned int h32 = 2166136261u;
    s = "world";
    while (*s) { h32 ^= (unsigned char)*s++; h32 *= 16777619u; }
    printf("fnv1a32(world) = %u\n", h32);
    /* LCG */
    unsigned int seed = 12345;
    for (i = 0; i < 5; i++) {
        seed = seed * 1103515245u + 12345u;
        printf("lcg %u\n", (seed >> 16) & 0x7fff);
    }
    /* unsigned subtraction then compare */
    unsigned a = 3, b = 5;
    printf("a - b = %u, (a - b) > a: %d\n", a - b, (a - b) > a);
    printf("(int)(a - b) = %d\n", (int)(a - b));
    unsigned short s1 = 3, s2 = 5;
    printf("s1 - s2 (promoted int) = %d\n", s1 - s2);
    unsigned short s3 = s1 - s2;
    printf("stored in ushort = %u\n", s3);
    unsigned char c1 = 0;
    c1 -= 1;
    printf("uchar 0 -= 1: %u\n", c1);
    c1 *= c1;
    printf("255*255 stored in uchar: %u\n", c1);
    return 0;
}
