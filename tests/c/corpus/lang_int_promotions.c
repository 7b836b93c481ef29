/* integer promotions: char/short/bool operands are promoted to int before arithmetic */
#include <stdio.h>

int main(void) {
    char c = 100;
    signed char sc = -100;
    unsigned char uc = 200;
    short s = 30000;
    unsigned short us = 60000;
    _Bool b = 1;

    /* results are int, so no wraparound at 8/16 bits */
    printf("c+c = %d\n", c + c);
    printf("uc+uc = %d\n", uc + uc);
    printf("sc*3 = %d\n", sc * 3);
    printf("s+s = %d\n", s + s);
    printf("us+us = %d\n", us + us);
    printf("us*us as unsigned = %u\n", (unsigned)us * us);
    printf("b+b = %d\n", b + b);
    printf("sizeof(c+c) = %zu\n", sizeof(c + c));
    printf("sizeof(uc) = %zu sizeof(+uc) = %zu\n", sizeof(uc), sizeof(+uc));
    printf("sizeof(s*s) = %zu\n", sizeof(s * s));
    printf("sizeof(b+0) = %zu\n", sizeof(b + 0));
    printf("sizeof(-c) = %zu sizeof(~us) = %zu\n", sizeof(-c), sizeof(~us));

    /* ~ on promoted unsigned char gives a negative int */
    printf("~uc = %d\n", ~uc);
    printf("~(unsigned char)0 = %d\n", ~(unsigned char)0);
    printf("-uc = %d\n", -uc);
    /* unsigned short promoted to int (not unsigned) */
    printf("us - 60001 < 0: %d\n", us - 60001 < 0);
    printf("(unsigned char)1 - 2 = %d\n", (unsigned char)1 - 2);
    printf("uc > -1: %d\n", uc > -1);
    printf("us > -1: %d\n", us > -1);
    /* storing back truncates */
    unsigned char r = uc + uc;
    printf("r = %d\n", r);
    signed char r2 = (signed char)(sc - 100);
    printf("r2 = %d\n", r2);
    short rs = (short)(s + s);
    printf("rs = %d\n", rs);
    /* char shifted */
    unsigned char one = 1;
    printf("one << 20 = %d\n", one << 20);
    printf("uc << 1 = %d\n", uc << 1);
    printf("uc >> 1 = %d\n", uc >> 1);
    printf("(char)-1 >> 1 = %d\n", (signed char)-1 >> 1);
    /* promotion in conditionals */
    unsigned char x = 255;
    x++;
    printf("x after ++ = %d\n", x);
    unsigned short y = 0;
    y--;
    printf("y after -- = %d\n", y);
    printf("uc == 200: %d, uc == -56: %d\n", uc == 200, uc == -56);
    printf("sc == -100: %d\n", sc == -100);
    return 0;
}
