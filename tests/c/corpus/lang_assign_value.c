/* the value of an assignment expression is the value stored, with the type of the left operand */
#include <stdio.h>

int main(void) {
    char c;
    unsigned char uc;
    short s;
    unsigned u;
    int i;
    double d;
    _Bool b;
    printf("(c = 300) = %d\n", (c = 300));
    printf("(uc = -1) = %d\n", (uc = -1));
    printf("(s = 40000) = %d\n", (s = 40000));
    printf("(u = -1) > 0: %d\n", (u = -1) > 0);
    printf("(i = 3.99) = %d\n", (i = 3.99));
    printf("(d = 7) / 2 = %.1f\n", (d = 7) / 2);
    printf("(b = 42) = %d\n", (b = 42));
    printf("sizeof(c = 1000) = %zu\n", sizeof(c = 1000));
    printf("c still %d\n", c);
    i = 5;
    printf("(i += 10) * 2 = %d, i = %d\n", (i += 10) * 2, 15);
    uc = 250;
    printf("(uc += 10) = %d\n", (uc += 10));
    int x, y, z;
    x = y = z = (c = 200);
    printf("x=%d y=%d z=%d\n", x, y, z);
    unsigned char u8;
    int wide = (u8 = 511) + 1;
    printf("wide = %d\n", wide);
    float f;
    double back = (f = 0.1);
    printf("back = %.17g\n", back);
    int counter = 0;
    char buf[4];
    while ((buf[counter] = "abc"[counter]) != '\0') counter++;
    printf("copied %d chars: %s\n", counter, buf);
    int val;
    if ((val = 0)) printf("never\n"); else printf("assignment of 0 is false\n");
    return 0;
}
