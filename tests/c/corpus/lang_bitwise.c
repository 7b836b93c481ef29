/* bitwise & | ^ ~ on signed and unsigned values of several widths */
#include <stdio.h>

int main(void) {
    int a = 0x5a5a, b = -0x0f0f;
    unsigned ua = 0xdeadbeef, ub = 0x0f0f0f0f;
    printf("a&b=%d a|b=%d a^b=%d ~a=%d ~b=%d\n", a & b, a | b, a ^ b, ~a, ~b);
    printf("ua&ub=%08x ua|ub=%08x ua^ub=%08x ~ua=%08x\n", ua & ub, ua | ub, ua ^ ub, ~ua);
    printf("-1 & 0xff = %d\n", -1 & 0xff);
    printf("-256 | 0x7f = %d\n", -256 | 0x7f);
    printf("-1 ^ 1 = %d\n", -1 ^ 1);
    printf("~0 = %d, ~0u = %u, ~0ul = %lu\n", ~0, ~0u, ~0ul);
    long la = -0x123456789L;
    printf("la & 0xffff = %ld, la | 0xf = %ld, la ^ -1 = %ld\n", la & 0xffff, la | 0xf, la ^ -1);
    unsigned long long m = 0xaaaaaaaaaaaaaaaaull;
    printf("m & ~m = %llx, m | ~m = %llx, m ^ (m >> 1) = %llx\n", m & ~m, m | ~m, m ^ (m >> 1));
    /* int & unsigned long mixes: int sign-extended first */
    int neg = -2;
    unsigned long ul = 0xffffffff00000000ul;
    printf("neg & ul = %lx\n", neg & ul);
    unsigned u32 = 0xffffffff;
    printf("(unsigned long)u32 & ul = %lx\n", (unsigned long)u32 & ul);
    /* char operands */
    char c1 = (char)0xf0, c2 = 0x0f;
    printf("c1 & c2 = %d, c1 | c2 = %d, c1 ^ c2 = %d, ~c1 = %d\n", c1 & c2, c1 | c2, c1 ^ c2, ~c1);
    unsigned char u1 = 0xf0;
    printf("~u1 = %d, (unsigned char)~u1 = %d\n", ~u1, (unsigned char)~u1);
    /* bit tricks */
    unsigned x = 0x12345678u;
    printf("lowest set bit of %x: %x\n", x, x & -x);
    printf("clear lowest set bit: %x\n", x & (x - 1));
    printf("is power of 2 (64): %d, (96): %d\n", (64 & 63) == 0, (96 & 95) == 0);
    int k;
    unsigned v = 0x80000001u;
    unsigned rev = 0;
    for (k = 0; k < 32; k++) rev |= ((v >> k) & 1u) << (31 - k);
    printf("reverse bits of %08x = %08x\n", v, rev);
    int xs = 17, ys = 42;
    xs ^= ys; ys ^= xs; xs ^= ys;
    printf("xor swap: %d %d\n", xs, ys);
    /* popcount via SWAR */
    unsigned w = 0xf00ff0f1u;
    w = w - ((w >> 1) & 0x55555555u);
    w = (w & 0x33333333u) + ((w >> 2) & 0x33333333u);
    w = (((w + (w >> 4)) & 0x0f0f0f0fu) * 0x01010101u) >> 24;
    printf("popcount = %u\n", w);
    /* bool-ish results */
    printf("(5 & 2) = %d, (5 && 2) = %d\n", 5 & 2, 5 && 2);
    return 0;
}
