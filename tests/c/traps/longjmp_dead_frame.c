// trap: longjmp to a dead frame
// in: longjmp
#include <setjmp.h>
#include <stdio.h>
static jmp_buf env;
static int remember(void) {
    /* The jump point dies when this function returns. */
    return setjmp(env);
}
int main(void) {
    if (remember() == 0) longjmp(env, 1); /* CALLER */
    return 0;
}
