/* compound statements with shadowing: inner declarations hide outer ones, lifetime per block */
#include <stdio.h>

int x = 1;

static int read_global(void) { return x; }

int main(void) {
    printf("global x = %d\n", x);
    int x = 2;
    printf("main x = %d, read_global = %d\n", x, read_global());
    {
        int x = 3;
        printf("block x = %d\n", x);
        {
            double x = 4.5;
            printf("inner double x = %.1f\n", x);
            {
                extern int x; /* refers to the global again */
                printf("extern x in block = %d\n", x);
                x = 10;
            }
        }
        x++;
        printf("block x after ++ = %d\n", x);
    }
    printf("main x = %d, global now %d\n", x, read_global());
    int i;
    int total = 0;
    for (i = 0; i < 3; i++) {
        int x = i * 10; /* fresh each iteration */
        total += x;
    }
    printf("total = %d, main x still %d\n", total, x);
    {
        int y = x + 1; /* outer x in initializer */
        int x = y * 2; /* from here on, x is the inner one */
        printf("y = %d, inner x = %d\n", y, x);
    }
    if (x == 2) {
        char x = 'c';
        printf("if-block char x = %c\n", x);
    } else {
        long x = 5;
        printf("else-block %ld\n", x);
    }
    struct x { int x; } sx = { 42 };
    printf("struct tag x member x = %d, variable x = %d\n", sx.x, x);
    return 0;
}
