/* In `x op= f()`, gcc evaluates f() before reading x: a call that changes
   x is seen (the order is unspecified in ISO C; this is gcc's) */
#include <stdio.h>

static int x;
static long arr[2];
static int bump(void) { x += 100; return 1; }
static long bump_arr(void) { arr[1] += 10; return 2; }

int main(void) {
    x = 1;
    x |= bump();
    printf("%d\n", x);
    x = 5;
    x += bump();
    printf("%d\n", x);
    arr[1] = 3;
    arr[1] *= bump_arr();
    printf("%ld\n", arr[1]);
    x = 7;
    x -= 2;
    printf("%d\n", x);
    return 0;
}
