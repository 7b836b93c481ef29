/* explicit casts between arithmetic types, pointers and void */
#include <stdio.h>
#include <stdint.h>

struct hdr { int tag; };
struct obj { struct hdr h; double value; };

int main(void) {
    double d = -3.99;
    printf("(int)d=%d (unsigned char)(int)d=%u (long)d=%ld\n", (int)d, (unsigned char)(int)d, (long)d);
    printf("(float)d=%.3f (double)(float)0.1=%.12f\n", (float)d, (double)(float)0.1);
    printf("(char)65=%c (int)'A'=%d\n", (char)65, (int)'A');
    printf("(short)0x12345=%d\n", (short)0x12345);
    printf("(unsigned)(-1.0 + 2)=%u\n", (unsigned)(-1.0 + 2));
    printf("(double)1/3=%.6f (double)(1/3)=%.6f\n", (double)1 / 3, (double)(1 / 3));
    /* pointer casts */
    int x = 0x01020304;
    unsigned char *bp = (unsigned char *)&x;
    printf("bytes (little endian): %d %d %d %d\n", bp[0], bp[1], bp[2], bp[3]);
    void *vp = &x;
    int *ip = (int *)vp;
    printf("*ip=%x\n", *ip);
    /* struct first member cast */
    struct obj o = { { 7 }, 2.5 };
    struct hdr *h = (struct hdr *)&o;
    printf("tag via hdr cast=%d\n", h->tag);
    struct obj *back = (struct obj *)h;
    printf("value via back cast=%.1f\n", back->value);
    /* cast to void discards */
    (void)x;
    (void)printf("printed via (void)printf\n");
    /* intptr_t roundtrip */
    intptr_t ipv = (intptr_t)&x;
    int *rp = (int *)ipv;
    printf("roundtrip equal: %d\n", rp == &x);
    uintptr_t up = (uintptr_t)&o.value;
    printf("member addr - base = %lu\n", (unsigned long)(up - (uintptr_t)&o));
    /* casting function result */
    printf("(char)(300 + 1) = %d\n", (char)(300 + 1));
    /* cast in arithmetic */
    int big = 100000;
    long long prod = (long long)big * big;
    printf("(long long)big * big = %lld\n", prod);
    unsigned char bytes[4] = { 0x78, 0x56, 0x34, 0x12 };
    uint32_t assembled = (uint32_t)bytes[0] | (uint32_t)bytes[1] << 8 | (uint32_t)bytes[2] << 16 | (uint32_t)bytes[3] << 24;
    printf("assembled = %08x\n", assembled);
    /* const cast away for reading */
    const int ci = 9;
    const int *cip = &ci;
    printf("*(int *)cip = %d\n", *(int *)cip);
    return 0;
}
