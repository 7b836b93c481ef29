/* <ucontext.h> for voxcc: makecontext/swapcontext coroutines, each context
   run by a thread of the VM (see <pthread.h>) that only ever runs while
   the others wait for it: swapcontext wakes the context it switches to and
   waits until something switches back. A context shares the thread-local
   objects (errno, _Thread_local) of the thread that first switched to it,
   as it would on one OS thread. Its stack is the VM's (uc_stack.ss_size
   bytes of VM heap; uc_stack.ss_sp is not used). What differs: inside a
   context pthread_self() names the context's own VM thread; and a context
   saved by getcontext can only be resumed while its thread waits in
   swapcontext: setcontext back into the running code (getcontext's second
   return, like setjmp's) is not supported and fails with ENOTSUP. */
#ifndef __VOXCC_UCONTEXT_H
#define __VOXCC_UCONTEXT_H
#include <stddef.h>
#include <signal.h>

#ifndef __VOXCC_STACK_T
#define __VOXCC_STACK_T
typedef struct {
    void *ss_sp;
    int ss_flags;
    size_t ss_size;
} stack_t;
#endif

typedef struct {
    unsigned long __regs[4];
} mcontext_t;

typedef struct ucontext_t {
    unsigned long uc_flags;
    struct ucontext_t *uc_link;
    stack_t uc_stack;
    mcontext_t uc_mcontext;
    sigset_t uc_sigmask;
    /* voxcc's: the VM thread that runs this context (0: not started), the
       word it waits at, the thread pointer it runs with, and what
       makecontext gave it to call. */
    unsigned long __tid;
    int __wake;
    int __argc;
    long __tp;
    void (*__func)();
    long __args[8];
} ucontext_t;

int getcontext(ucontext_t *ucp);
int setcontext(const ucontext_t *ucp);
void makecontext(ucontext_t *ucp, void (*func)(), int argc, ...);
int swapcontext(ucontext_t *oucp, const ucontext_t *ucp);
#endif
