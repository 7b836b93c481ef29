/* <signal.h>: signals exist only inside the program: raise() calls the
   handler signal() installed (it stays installed, as with glibc's signal),
   or does the default action: nothing for SIGCHLD, SIGURG and SIGWINCH,
   abort() for SIGABRT, and for the others a trap that names the signal. */
#include <signal.h>
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static __sighandler_t handlers[NSIG];
static sigset_t blocked;

__sighandler_t signal(int sig, __sighandler_t handler) {
    if (sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP) {
        errno = EINVAL;
        return SIG_ERR;
    }
    __sighandler_t old = handlers[sig];
    handlers[sig] = handler;
    return old;
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *old) {
    if (sig <= 0 || sig >= NSIG || (act && (sig == SIGKILL || sig == SIGSTOP))) {
        errno = EINVAL;
        return -1;
    }
    if (old) {
        old->sa_handler = handlers[sig];
        old->sa_mask = 0;
        old->sa_flags = 0;
    }
    if (act) handlers[sig] = act->sa_handler;
    return 0;
}

static _Noreturn void terminate(int sig) {
    switch (sig) {
    case SIGHUP: __builtin_vox("trap", "raise(SIGHUP): terminated");
    case SIGINT: __builtin_vox("trap", "raise(SIGINT): terminated");
    case SIGQUIT: __builtin_vox("trap", "raise(SIGQUIT): terminated");
    case SIGILL: __builtin_vox("trap", "raise(SIGILL): terminated");
    case SIGTRAP: __builtin_vox("trap", "raise(SIGTRAP): terminated");
    case SIGBUS: __builtin_vox("trap", "raise(SIGBUS): terminated");
    case SIGFPE: __builtin_vox("trap", "raise(SIGFPE): terminated");
    case SIGKILL: __builtin_vox("trap", "raise(SIGKILL): terminated");
    case SIGUSR1: __builtin_vox("trap", "raise(SIGUSR1): terminated");
    case SIGSEGV: __builtin_vox("trap", "raise(SIGSEGV): terminated");
    case SIGUSR2: __builtin_vox("trap", "raise(SIGUSR2): terminated");
    case SIGPIPE: __builtin_vox("trap", "raise(SIGPIPE): terminated");
    case SIGALRM: __builtin_vox("trap", "raise(SIGALRM): terminated");
    case SIGTERM: __builtin_vox("trap", "raise(SIGTERM): terminated");
    case SIGSTOP: __builtin_vox("trap", "raise(SIGSTOP): stopped, which ends the program");
    case SIGTSTP: __builtin_vox("trap", "raise(SIGTSTP): stopped, which ends the program");
    case SIGTTIN: __builtin_vox("trap", "raise(SIGTTIN): stopped, which ends the program");
    case SIGTTOU: __builtin_vox("trap", "raise(SIGTTOU): stopped, which ends the program");
    case SIGXCPU: __builtin_vox("trap", "raise(SIGXCPU): terminated");
    case SIGXFSZ: __builtin_vox("trap", "raise(SIGXFSZ): terminated");
    case SIGSYS: __builtin_vox("trap", "raise(SIGSYS): terminated");
    default: __builtin_vox("trap", "raise(): terminated by a signal");
    }
}

int raise(int sig) {
    if (sig <= 0 || sig >= NSIG) {
        errno = EINVAL;
        return -1;
    }
    __sighandler_t h = handlers[sig];
    if (h == SIG_IGN) return 0;
    if (h == SIG_DFL) {
        if (sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT) return 0;
        if (sig == SIGABRT) abort();
        terminate(sig);
    }
    h(sig);
    return 0;
}

int kill(pid_t pid, int sig) {
    if (pid != 1 && pid != 0 && pid != -1) {
        errno = ESRCH;
        return -1;
    }
    return sig == 0 ? 0 : raise(sig);
}

/* abort: SIGABRT's handler first (it may longjmp away); then the program
   stops with a trap, without flushing streams. */
void abort(void) {
    __sighandler_t h = handlers[SIGABRT];
    if (h != SIG_DFL && h != SIG_IGN) h(SIGABRT);
    __builtin_vox("trap", "abort() called");
    for (;;) {}
}

int sigemptyset(sigset_t *set) {
    *set = 0;
    return 0;
}

int sigfillset(sigset_t *set) {
    *set = ~0UL;
    return 0;
}

static int bad_signal(int sig) {
    if (sig > 0 && sig < NSIG) return 0;
    errno = EINVAL;
    return 1;
}

int sigaddset(sigset_t *set, int sig) {
    if (bad_signal(sig)) return -1;
    *set |= 1UL << sig;
    return 0;
}

int sigdelset(sigset_t *set, int sig) {
    if (bad_signal(sig)) return -1;
    *set &= ~(1UL << sig);
    return 0;
}

int sigismember(const sigset_t *set, int sig) {
    if (bad_signal(sig)) return -1;
    return (int)((*set >> sig) & 1);
}

/* Nothing is delivered asynchronously, so a mask is only remembered. */
int sigprocmask(int how, const sigset_t *set, sigset_t *old) {
    if (old) *old = blocked;
    if (!set) return 0;
    if (how == SIG_BLOCK) blocked |= *set;
    else if (how == SIG_UNBLOCK) blocked &= ~*set;
    else if (how == SIG_SETMASK) blocked = *set;
    else {
        errno = EINVAL;
        return -1;
    }
    return 0;
}

static const char *const signal_text[NSIG] = {
    0, "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap",
    "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
    "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated",
    "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped",
    "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
    "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
    "Profiling timer expired", "Window changed", "I/O possible", "Power failure",
    "Bad system call",
};

/* glibc's texts; 34 to 64 are its real-time signals. */
char *strsignal(int sig) {
    static char buf[40];
    if (sig > 0 && sig < NSIG) return (char *)signal_text[sig];
    if (sig >= 34 && sig <= 64) snprintf(buf, sizeof buf, "Real-time signal %d", sig - 34);
    else snprintf(buf, sizeof buf, "Unknown signal %d", sig);
    return buf;
}

void psignal(int sig, const char *msg) {
    if (msg && *msg) fprintf(stderr, "%s: %s\n", msg, strsignal(sig));
    else fprintf(stderr, "%s\n", strsignal(sig));
}
