/* <ucontext.h>: contexts as threads of the VM that hand the VM to each
   other (see the header). A context runs while its __wake word is 1; the
   one that switches away clears its own and waits on it. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <ucontext.h>

#define TSELF() ((unsigned long)__builtin_vox("tself"))

/* The running code, as a context that something can switch back to. */
int getcontext(ucontext_t *ucp) {
    ucp->__tid = TSELF();
    ucp->__wake = 0;
    ucp->__tp = (long)__builtin_vox("gettp");
    return 0;
}

void makecontext(ucontext_t *ucp, void (*func)(), int argc, ...) {
    va_list ap;
    va_start(ap, argc);
    if (argc > 8) argc = 8;
    for (int i = 0; i < argc; i++) ucp->__args[i] = va_arg(ap, int);
    va_end(ap);
    ucp->__func = func;
    ucp->__argc = argc;
    ucp->__tid = 0;
    ucp->__wake = 0;
}

static int resume(ucontext_t *ucp, long tp);

static void *run_context(void *p) {
    ucontext_t *ucp = p;
    __builtin_vox("settp", ucp->__tp);
    long *a = ucp->__args;
    switch (ucp->__argc) {
    case 0: ucp->__func(); break;
    case 1: ucp->__func((int)a[0]); break;
    case 2: ucp->__func((int)a[0], (int)a[1]); break;
    case 3: ucp->__func((int)a[0], (int)a[1], (int)a[2]); break;
    case 4: ucp->__func((int)a[0], (int)a[1], (int)a[2], (int)a[3]); break;
    case 5: ucp->__func((int)a[0], (int)a[1], (int)a[2], (int)a[3], (int)a[4]); break;
    case 6: ucp->__func((int)a[0], (int)a[1], (int)a[2], (int)a[3], (int)a[4], (int)a[5]); break;
    case 7: ucp->__func((int)a[0], (int)a[1], (int)a[2], (int)a[3], (int)a[4], (int)a[5], (int)a[6]); break;
    default: ucp->__func((int)a[0], (int)a[1], (int)a[2], (int)a[3], (int)a[4], (int)a[5], (int)a[6], (int)a[7]); break;
    }
    /* Returning resumes uc_link, and this context's thread ends; without
       a link, the thread the contexts stand for exits: the program. */
    if (!ucp->uc_link) exit(0);
    if (resume(ucp->uc_link, ucp->__tp)) abort();
    __builtin_vox("texit", 0);
    return 0;
}

/* Lets `ucp` run: starts its thread the first time. */
static int resume(ucontext_t *ucp, long tp) {
    if (!ucp->__tid) {
        if (!ucp->__func) {
            errno = EINVAL;
            return -1;
        }
        ucp->__tp = tp;
        size_t size = ucp->uc_stack.ss_size < 16384 ? 16384 : ucp->uc_stack.ss_size;
        unsigned long id = (unsigned long)__builtin_vox("tspawn", run_context, ucp, size);
        if (!id) {
            errno = ENOMEM;
            return -1;
        }
        __builtin_vox("tdetach", id);
        ucp->__tid = id;
    }
    ucp->__wake = 1;
    __builtin_vox("twake", &ucp->__wake, 1ul);
    return 0;
}

int swapcontext(ucontext_t *oucp, const ucontext_t *ucp) {
    getcontext(oucp);
    if (resume((ucontext_t *)ucp, oucp->__tp)) return -1;
    while (!oucp->__wake) __builtin_vox("twait", &oucp->__wake, 0);
    oucp->__wake = 0;
    return 0;
}

int setcontext(const ucontext_t *ucp) {
    ucontext_t *u = (ucontext_t *)ucp;
    /* Its own saved point, while running: getcontext's second return. */
    if (u->__tid == TSELF()) {
        errno = ENOTSUP;
        return -1;
    }
    if (resume(u, (long)__builtin_vox("gettp"))) return -1;
    /* This code is never switched back to. */
    static int never;
    for (;;) __builtin_vox("twait", &never, 0);
}
