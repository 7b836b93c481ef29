/* <signal.h> for voxcc. Nothing outside the VM sends signals; raise() is
   how a program gets one. A handler installed with signal() (or sigaction)
   is called by raise() and stays installed (as glibc's signal does);
   SIG_IGN ignores the signal; the default action of SIGABRT is abort(), of
   SIGCHLD, SIGURG and SIGWINCH nothing, and of every other signal to stop
   the program with a trap naming it ("raise(SIGTERM): terminated"). */
#ifndef __VOXCC_SIGNAL_H
#define __VOXCC_SIGNAL_H
#include <sys/types.h>
typedef int sig_atomic_t;
typedef void (*__sighandler_t)(int);
typedef __sighandler_t sighandler_t;
#define SIG_ERR ((__sighandler_t)-1)
#define SIG_DFL ((__sighandler_t)0)
#define SIG_IGN ((__sighandler_t)1)
#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT 6
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPWR 30
#define SIGSYS 31
#define NSIG 32
#define _NSIG NSIG

__sighandler_t signal(int sig, __sighandler_t handler);
int raise(int sig);
/* "msg: description" on stderr, as perror does for errno. */
void psignal(int sig, const char *msg);

/* POSIX, over the same table: sigaction installs the handler (sa_mask and
   sa_flags are kept, not acted on); masks are plain bit sets. */
typedef unsigned long sigset_t;
struct sigaction {
    __sighandler_t sa_handler;
    sigset_t sa_mask;
    int sa_flags;
};
#define SA_RESTART 0x10000000
#define SA_RESETHAND 0x80000000
#define SA_NODEFER 0x40000000
#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2
int sigaction(int sig, const struct sigaction *act, struct sigaction *old);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
int sigprocmask(int how, const sigset_t *set, sigset_t *old);
int kill(pid_t pid, int sig);
#endif
