/* float <-> integer conversions (in range): truncation toward zero, unsigned targets */
#include <stdio.h>

int main(void) {
    double ds[] = { 0.0, 0.5, 0.9999, 1.0, 1.5, 2.5, -0.5, -1.5, -2.5, -2.9999, 123456.789, -98765.4321, 2147483647.0, -2147483648.0 };
    unsigned i;
    for (i = 0; i < sizeof ds / sizeof ds[0]; i++)
        printf("%.4f -> int %d long %ld\n", ds[i], (int)ds[i], (long)ds[i]);
    printf("(unsigned)3.99 = %u\n", (unsigned)3.99);
    printf("(unsigned)4294967295.0 = %u\n", (unsigned)4294967295.0);
    printf("(unsigned long)1e19 = %lu\n", (unsigned long)1e19);
    printf("(long long)-9.2e18 = %lld\n", (long long)-9.2e18);
    printf("(unsigned long long)18446744073709549568.0 = %llu\n", (unsigned long long)18446744073709549568.0);
    printf("(unsigned char)255.9 = %d\n", (unsigned char)255.9);
    printf("(signed char)-128.7 = %d\n", (signed char)-128.7);
    printf("(short)-32768.9 = %d\n", (short)-32768.9);
    float f = 16777217.0f;
    printf("(int)16777217.0f = %d\n", (int)f);
    float g = -3.75f;
    printf("(int)-3.75f = %d, (unsigned char)3.75f = %d\n", (int)g, (unsigned char)3.75f);
    printf("(_Bool)-0.0001 = %d\n", (_Bool)-0.0001);
    /* int -> double -> int roundtrip for large long */
    long big = 9007199254740993L; /* 2^53 + 1 not representable */
    double db = (double)big;
    printf("2^53+1 as double = %.1f back %ld\n", db, (long)db);
    long ok = 9007199254740992L;
    printf("2^53 roundtrip %ld\n", (long)(double)ok);
    /* implicit conversions in assignment */
    int x = 7.9;
    double y = 7;
    float z = 1;
    x += 2.6;
    printf("x=%d y=%.2f z=%.2f\n", x, y, z);
    int q = 10;
    q *= 0.55;
    printf("10 *= 0.55 -> %d\n", q);
    q /= 0.3;
    printf("then /= 0.3 -> %d\n", q);
    unsigned uq = 100;
    uq -= 0.5;
    printf("100u -= 0.5 -> %u\n", uq);
    /* unsigned to double */
    unsigned umax = 4294967295u;
    unsigned long ulmax = 18446744073709551615ul;
    printf("(double)UINT_MAX = %.1f\n", (double)umax);
    printf("(double)ULONG_MAX = %.1f\n", (double)ulmax);
    printf("(float)ULONG_MAX = %.1f\n", (float)ulmax);
    unsigned long ulhalf = 9223372036854775809ul;
    printf("(double)(2^63+1) = %.1f\n", (double)ulhalf);
    return 0;
}
