// trap: longjmp to a dead frame
// in: main
// (longjmp is inlined: the trap names the line that jumped)
#include <setjmp.h>
#include <stdio.h>
static jmp_buf env;
static int remember(void) {
    /* The jump point dies when this function returns. */
    return setjmp(env);
}
int main(void) {
    if (remember() == 0) longjmp(env, 1); /* TRAP */
    return 0;
}
