// trap: abort() called
// in: abort
#include <signal.h>
#include <stdio.h>
int main(void) {
    /* SIGABRT's default action is abort(). */
    raise(SIGABRT); /* CALLER */
    return 0;
}
