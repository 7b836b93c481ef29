/* A K&R definition's char, short and float parameters arrive promoted and
   are converted to their declared types on entry (C99 6.9.1p10) */
#include <stdio.h>

int f(c, s, u, fl)
    unsigned char c;
    short s;
    unsigned short u;
    float fl;
{
    return printf("%d %d %d %g\n", c, s, u, fl);
}

static signed char g(x) signed char x; { return x; }

int main(void) {
    f(-1, 65537, -2, 1.5);
    f(300, -32769, 70000, 0.25);
    printf("%d %d\n", g(200), g(-129));
    return 0;
}
