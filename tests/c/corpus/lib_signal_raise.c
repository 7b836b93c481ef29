/* <signal.h>: handlers called by raise, SIG_IGN, the previous handler
   returned by signal, a handler that longjmps out of abort(), and errors. */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

static volatile sig_atomic_t got;
static int calls;

static void on_signal(int sig) {
    got = sig;
    calls++;
}

static jmp_buf escape;
static void on_abort(int sig) {
    printf("SIGABRT handler called with %d\n", sig);
    longjmp(escape, 1);
}

int main(void) {
    void (*old)(int) = signal(SIGUSR1, on_signal);
    printf("previous handler is SIG_DFL: %d\n", old == SIG_DFL);
    int r = raise(SIGUSR1);
    printf("raise -> %d, got %d\n", r, (int)got);
    r = raise(SIGUSR1);
    printf("raise again -> %d, calls %d (the handler stays)\n", r, calls);
    old = signal(SIGUSR1, SIG_IGN);
    printf("previous handler is on_signal: %d\n", old == on_signal);
    r = raise(SIGUSR1);
    printf("ignored raise -> %d, calls %d\n", r, calls);
    signal(SIGINT, on_signal);
    raise(SIGINT);
    printf("SIGINT handled: %d\n", (int)got);
    signal(SIGFPE, on_signal);
    raise(SIGFPE);
    printf("SIGFPE handled: %d\n", (int)got);
    signal(SIGCHLD, SIG_DFL);
    printf("SIGCHLD's default action is to ignore it: %d\n", raise(SIGCHLD));

    errno = 0;
    r = signal(0, on_signal) == SIG_ERR;
    printf("signal(0) is SIG_ERR: %d, errno EINVAL: %d\n", r, errno == EINVAL);
    errno = 0;
    r = signal(SIGKILL, on_signal) == SIG_ERR;
    printf("signal(SIGKILL) is SIG_ERR: %d, errno EINVAL: %d\n", r, errno == EINVAL);

    signal(SIGABRT, on_abort);
    if (setjmp(escape) == 0) {
        abort();
        printf("not reached\n");
    }
    printf("survived abort()\n");
    printf("sizeof(sig_atomic_t) = %d\n", (int)sizeof(sig_atomic_t));
    return 0;
}
