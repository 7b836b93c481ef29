/* compound assignment to narrow types: computed in int then truncated, e.g. char c; c += 300 */
#include <stdio.h>

int main(void) {
    char c = 10;
    c += 300;
    printf("char 10 += 300 -> %d\n", c);
    c = 100;
    c += 100;
    printf("char 100 += 100 -> %d\n", c);
    c = -100;
    c -= 100;
    printf("char -100 -= 100 -> %d\n", c);
    c = 64;
    c *= 4;
    printf("char 64 *= 4 -> %d\n", c);
    c = 1;
    c <<= 7;
    printf("char 1 <<= 7 -> %d\n", c);
    c = -128;
    c /= -1;
    printf("char -128 /= -1 -> %d\n", c);
    c = -128;
    c >>= 3;
    printf("char -128 >>= 3 -> %d\n", c);
    unsigned char uc = 200;
    uc += 100;
    printf("uchar 200 += 100 -> %u\n", uc);
    uc = 5;
    uc -= 10;
    printf("uchar 5 -= 10 -> %u\n", uc);
    uc = 0x80;
    uc >>= 7;
    printf("uchar 0x80 >>= 7 -> %u\n", uc);
    uc = 0xff;
    uc <<= 4;
    printf("uchar 0xff <<= 4 -> %u\n", uc);
    uc = 0xf0;
    uc |= 0x10f;
    printf("uchar 0xf0 |= 0x10f -> %u\n", uc);
    uc = 7;
    uc ^= -1;
    printf("uchar 7 ^= -1 -> %u\n", uc);
    short s = 30000;
    s += 30000;
    printf("short 30000 += 30000 -> %d\n", s);
    s = -1;
    s *= -32768;
    printf("short -1 *= -32768 -> %d\n", s);
    unsigned short us = 1;
    us -= 2;
    printf("ushort 1 -= 2 -> %u\n", us);
    us = 40000;
    us *= 3;
    printf("ushort 40000 *= 3 -> %u\n", us);
    /* unsigned int op negative: converted per usual arithmetic conversions */
    unsigned u = 10;
    u += -3;
    printf("unsigned 10 += -3 -> %u\n", u);
    u /= -1;  /* -1 becomes UINT_MAX */
    printf("unsigned 7 /= -1 -> %u\n", u);
    u = 100;
    u %= -7;
    printf("unsigned 100 %%= -7 -> %u\n", u);
    int i = -100;
    i /= 7u; /* i converted to unsigned, result converted back */
    printf("int -100 /= 7u -> %d\n", i);
    long l = -100;
    l /= 7u; /* long holds unsigned: signed division */
    printf("long -100 /= 7u -> %ld\n", l);
    signed char sc = 127;
    sc++;
    printf("schar 127++ -> %d\n", sc);
    sc = -128;
    sc--;
    printf("schar -128-- -> %d\n", sc);
    char arr[4] = { 120, 121, 122, 123 };
    int k;
    for (k = 0; k < 4; k++) arr[k] += 10;
    for (k = 0; k < 4; k++) printf("arr[%d] = %d\n", k, arr[k]);
    return 0;
}
