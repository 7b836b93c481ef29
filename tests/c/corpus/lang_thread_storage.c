/* `__thread` (GNU) and `_Thread_local` (C11): a program is its VM's only
   thread, so thread storage behaves as static storage. */
#include <stdio.h>

static __thread int a = 1;
static _Thread_local int b = 2;
__thread long counter;

static int bump(void) {
    static __thread int calls;
    return ++calls;
}

int main(void) {
    a++;
    b += 3;
    counter = 40;
    bump();
    bump();
    printf("%d %d %ld %d\n", a, b, counter + 2, bump());
    return 0;
}
