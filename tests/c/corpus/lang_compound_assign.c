/* compound assignment operators in every integer and floating type */
#include <stdio.h>

#define OPS(T, FMT, init, rhs) do { \
    T v = init; \
    v += rhs; printf(#T " += : " FMT "\n", v); \
    v -= rhs; printf(#T " -= : " FMT "\n", v); \
    v *= rhs; printf(#T " *= : " FMT "\n", v); \
    v /= rhs; printf(#T " /= : " FMT "\n", v); \
} while (0)

#define IOPS(T, FMT, init, rhs) do { \
    T v = init; \
    v %= rhs; printf(#T " %%= : " FMT "\n", v); \
    v = init; v &= rhs; printf(#T " &= : " FMT "\n", v); \
    v = init; v |= rhs; printf(#T " |= : " FMT "\n", v); \
    v = init; v ^= rhs; printf(#T " ^= : " FMT "\n", v); \
    v = init; v <<= 2; printf(#T " <<= : " FMT "\n", v); \
    v = init; v >>= 2; printf(#T " >>= : " FMT "\n", v); \
} while (0)

int main(void) {
    OPS(char, "%d", 10, 7);
    OPS(signed char, "%d", -10, 7);
    OPS(unsigned char, "%u", 250, 7);
    OPS(short, "%d", 1000, 31);
    OPS(unsigned short, "%u", 65000, 31);
    OPS(int, "%d", -100000, 77);
    OPS(unsigned, "%u", 4000000000u, 77);
    OPS(long, "%ld", -10000000000L, 777);
    OPS(unsigned long, "%lu", 10000000000UL, 777);
    OPS(long long, "%lld", 123456789012LL, -3);
    OPS(unsigned long long, "%llu", 5ULL, 9);
    OPS(float, "%.6f", 1.5f, 0.25f);
    OPS(double, "%.10f", 1.0 / 3.0, 0.1);
    IOPS(char, "%d", 100, 7);
    IOPS(unsigned char, "%u", 200, 0x5a);
    IOPS(short, "%d", 12345, 0x0ff0);
    IOPS(unsigned short, "%u", 54321, 0x0ff0);
    IOPS(int, "%d", 987654, 0x1234);
    IOPS(unsigned, "%u", 0xf0f0f0f0u, 0x1234);
    IOPS(long, "%ld", 0x123456789abL, 0x1234);
    IOPS(unsigned long long, "%llu", 0xfedcba9876543210ULL, 0xff00);
    /* int op= double: computed in double, converted back */
    int i = 10;
    i += 0.9; printf("int += 0.9 -> %d\n", i);
    i *= 1.99; printf("int *= 1.99 -> %d\n", i);
    i -= -0.5; printf("int -= -0.5 -> %d\n", i);
    float f = 3.0f;
    f /= 2; printf("float /= 2 -> %.2f\n", f);
    double d = 7;
    d *= i; printf("double *= int -> %.2f\n", d);
    /* pointer compound assignment */
    int arr[10] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    int *p = arr;
    p += 7; printf("p += 7 -> %d\n", *p);
    p -= 4; printf("p -= 4 -> %d\n", *p);
    /* compound assign to array element and struct member with side-effect-free index */
    struct { int n; long l[3]; } s = { 5, { 1, 2, 3 } };
    s.n <<= 3; s.l[1] *= -9; s.l[2] ^= 6;
    printf("s.n=%d s.l = %ld %ld %ld\n", s.n, s.l[0], s.l[1], s.l[2]);
    return 0;
}
