// trap: raise(SIGTERM): terminated
// in: terminate
#include <signal.h>
int main(void) {
    signal(SIGTERM, SIG_DFL);
    raise(SIGTERM); /* CALLER */
    return 0;
}
