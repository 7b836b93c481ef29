/* __alignof__ of an object sees its own _Alignas or aligned attribute */
#include <stdio.h>

_Alignas(16) int i1;
int _Alignas(double) i4;
static char buf[3] __attribute__((aligned(64)));
struct S { char c; int x; } s;

int main(void) {
    _Alignas(32) char c;
    static _Alignas(8) short sh;
    int plain;
    printf("%d %d %d %d %d\n", (int)__alignof__(i1), (int)__alignof__(i4), (int)__alignof__(c),
           (int)__alignof__(buf), (int)__alignof__(sh));
    printf("%d %d %d %d\n", (int)__alignof__(plain), (int)__alignof__(s), (int)__alignof__(s.c),
           (int)__alignof__(int));
    printf("%d %d\n", (int)((unsigned long)&c % 32), (int)((unsigned long)buf % 64));
    return 0;
}
