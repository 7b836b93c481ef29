/* conversions between integer types: truncation, sign extension, zero extension */
#include <stdio.h>
#include <stdint.h>

int main(void) {
    long long big = 0x123456789abcdef0LL;
    int i = (int)big;
    short s = (short)big;
    signed char c = (signed char)big;
    unsigned char uc = (unsigned char)big;
    unsigned short us = (unsigned short)big;
    unsigned u = (unsigned)big;
    printf("int %d (0x%x)\n", i, (unsigned)i);
    printf("short %d unsigned short %u\n", s, us);
    printf("schar %d uchar %u\n", c, uc);
    printf("unsigned %u\n", u);
    /* sign extension */
    signed char m1 = -1;
    short sm = m1;
    int im = m1;
    long lm = m1;
    unsigned um = m1;
    unsigned long ulm = m1;
    unsigned short usm = m1;
    printf("from schar -1: short %d int %d long %ld unsigned %u ulong %lu ushort %u\n",
           sm, im, lm, um, ulm, usm);
    /* zero extension */
    unsigned char ff = 0xff;
    int iff = ff;
    long long llff = ff;
    signed char sff = (signed char)ff;
    printf("from uchar 255: int %d ll %lld schar %d\n", iff, llff, sff);
    unsigned int ubig = 0x80000000u;
    long lb = ubig;
    long lb2 = (int)ubig;
    printf("unsigned 0x80000000 -> long %ld, via int %ld\n", lb, lb2);
    int neg = -2;
    unsigned long ul = neg;
    unsigned long ul2 = (unsigned)neg;
    printf("int -2 -> ulong %lu, via unsigned %lu\n", ul, ul2);
    /* chains */
    uint64_t x = 0xffffffffffffff80ull;
    int8_t x8 = (int8_t)x;
    uint8_t y8 = (uint8_t)x;
    int16_t x16 = (int16_t)x;
    int32_t x32 = (int32_t)x;
    printf("int8 %d uint8 %u int16 %d int32 %d\n", x8, y8, x16, x32);
    printf("(int64_t)(int8_t)0xfe = %lld\n", (long long)(int64_t)(int8_t)0xfe);
    printf("(uint64_t)(uint8_t)-2 = %llu\n", (unsigned long long)(uint64_t)(uint8_t)-2);
    printf("(int)(short)40000 = %d\n", (int)(short)40000);
    printf("(int)(unsigned short)-40000 = %d\n", (int)(unsigned short)-40000);
    printf("(long)(unsigned)-1 = %ld\n", (long)(unsigned)-1);
    printf("(long)(int)4294967295u = %ld\n", (long)(int)4294967295u);
    printf("(char)300 = %d\n", (char)300);
    printf("(unsigned char)-300 = %d\n", (unsigned char)-300);
    /* assignment conversions */
    short st;
    st = 70000;
    printf("short = 70000 -> %d\n", st);
    unsigned char ucv;
    ucv = 1000;
    printf("uchar = 1000 -> %d\n", ucv);
    int table[] = { 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769 };
    unsigned k;
    for (k = 0; k < sizeof table / sizeof *table; k++)
        printf("%6d: schar %4d uchar %3u short %6d ushort %5u\n", table[k],
               (signed char)table[k], (unsigned char)table[k], (short)table[k], (unsigned short)table[k]);
    return 0;
}
