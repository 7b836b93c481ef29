// trap: longjmp to a dead frame
// in: main
// (longjmp is inlined: the trap names the line that jumped)
#include <setjmp.h>
#include <string.h>
int main(void) {
    jmp_buf env;
    if (setjmp(env) == 0) {
        /* Tamper with the token: it names no jump point any more. */
        memset(env, 0x41, sizeof env);
        longjmp(env, 1); /* TRAP */
    }
    return 0;
}
