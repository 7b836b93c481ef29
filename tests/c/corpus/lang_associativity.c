/* left/right associativity of binary, assignment, conditional and unary operators */
#include <stdio.h>

int main(void) {
    printf("100 / 10 / 5 = %d\n", 100 / 10 / 5);
    printf("100 - 10 - 5 = %d\n", 100 - 10 - 5);
    printf("2 << 1 << 2 = %d\n", 2 << 1 << 2);
    printf("256 >> 2 >> 1 = %d\n", 256 >> 2 >> 1);
    printf("100 %% 7 %% 3 = %d\n", 100 % 7 % 3);
    printf("1 - 2 + 3 = %d\n", 1 - 2 + 3);
    printf("12 / 2 * 3 = %d\n", 12 / 2 * 3);
    int a, b, c;
    a = b = c = 7;
    printf("a=b=c=7: %d %d %d\n", a, b, c);
    a = 2; b = 3; c = 4;
    a += b += c;
    printf("a += b += c: a=%d b=%d c=%d\n", a, b, c);
    a = 100; b = 10; c = 2;
    a /= b /= c;
    printf("a /= b /= c: a=%d b=%d\n", a, b);
    a = 1; b = 2; c = 3;
    a <<= b <<= c;
    printf("a <<= b <<= c: a=%d b=%d\n", a, b);
    int x = 1;
    int r = x == 1 ? 10 : x == 2 ? 20 : 30;
    printf("ternary chain (x=1) = %d\n", r);
    x = 2;
    r = x == 1 ? 10 : x == 2 ? 20 : 30;
    printf("ternary chain (x=2) = %d\n", r);
    x = 3;
    r = x == 1 ? 10 : x == 2 ? 20 : 30;
    printf("ternary chain (x=3) = %d\n", r);
    r = 1 ? 0 ? 5 : 6 : 7;
    printf("1 ? 0 ? 5 : 6 : 7 = %d\n", r);
    printf("!!5 = %d, !!0 = %d, ~~5 = %d, - -5 = %d\n", !!5, !!0, ~~5, - -5);
    int v = 5;
    int *p = &v;
    int **pp = &p;
    printf("**pp = %d, *&v = %d, *&*&v = %d\n", **pp, *&v, *&*&v);
    double d = (double)(int)3.9;
    printf("(double)(int)3.9 = %.1f\n", d);
    unsigned u = (unsigned)(unsigned char)(-1);
    printf("(unsigned)(unsigned char)-1 = %u\n", u);
    return 0;
}
