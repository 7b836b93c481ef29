/* What puts and fputs return on success: glibc's puts gives the characters
   written (the newline included), fputs gives 1. */
#include <stdio.h>

int main(void) {
    int a = puts("");
    int b = puts("hello");
    int c = puts("hello, world");
    int d = fputs("no newline\n", stdout);
    int e = fputs("", stdout);
    printf("%d %d %d %d %d\n", a, b, c, d, e);
    return a + b + c;
}
