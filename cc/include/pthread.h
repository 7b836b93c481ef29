/* <pthread.h> for voxcc: threads of the VM. They are green threads: they
   take turns on the one VM (a thread runs until it waits, yields or has
   run its time slice of 4096 steps), so a program sees POSIX threads with
   no parallelism. Mutexes, condition variables, read-write locks,
   barriers, spin locks, once, thread-specific keys, cleanup handlers and
   deferred cancellation work as POSIX says. Differences, chosen for a
   sandbox: when every thread waits and none can wake another, the program
   traps with "deadlock" instead of hanging; locking a normal mutex the
   thread already holds returns EDEADLK (an error-checking mutex's answer)
   instead of hanging; a thread's stack is 256 KiB of VM heap unless
   pthread_attr_setstacksize says otherwise. */
#ifndef __VOXCC_PTHREAD_H
#define __VOXCC_PTHREAD_H
#include <sys/types.h>
#include <time.h>
#include <sched.h>

typedef unsigned long pthread_t;
typedef struct {
    int __type;
    int __lock;  /* 0 free, 1 held, 2 held with waiters */
    int __count; /* times the owner holds it (recursive) */
    int __spare;
    unsigned long __owner;
} pthread_mutex_t;
typedef struct {
    int __type;
    int __pshared;
} pthread_mutexattr_t;
typedef struct {
    int __seq; /* changes at each signal: waiters wait for it to */
    int __clock;
} pthread_cond_t;
typedef struct {
    int __clock;
    int __pshared;
} pthread_condattr_t;
typedef struct {
    int __state; /* readers holding it, or -1: a writer */
    int __seq;   /* changes at each unlock: waiters wait for it to */
    unsigned long __writer;
} pthread_rwlock_t;
typedef struct {
    int __pshared;
} pthread_rwlockattr_t;
typedef struct {
    unsigned __count;
    unsigned __waiting;
    int __phase;
} pthread_barrier_t;
typedef struct {
    int __pshared;
} pthread_barrierattr_t;
typedef int pthread_once_t;
typedef unsigned int pthread_key_t;
typedef int pthread_spinlock_t;
typedef struct {
    size_t __stacksize;
    int __detached;
} pthread_attr_t;

#define PTHREAD_MUTEX_NORMAL 0
#define PTHREAD_MUTEX_RECURSIVE 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT PTHREAD_MUTEX_NORMAL
#define PTHREAD_MUTEX_TIMED_NP PTHREAD_MUTEX_NORMAL
#define PTHREAD_MUTEX_RECURSIVE_NP PTHREAD_MUTEX_RECURSIVE
#define PTHREAD_MUTEX_ERRORCHECK_NP PTHREAD_MUTEX_ERRORCHECK
#define PTHREAD_MUTEX_INITIALIZER {PTHREAD_MUTEX_NORMAL, 0, 0, 0, 0}
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP {PTHREAD_MUTEX_RECURSIVE, 0, 0, 0, 0}
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP {PTHREAD_MUTEX_ERRORCHECK, 0, 0, 0, 0}
#define PTHREAD_COND_INITIALIZER {0, 0}
#define PTHREAD_RWLOCK_INITIALIZER {0, 0, 0}
#define PTHREAD_ONCE_INIT 0
#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1
#define PTHREAD_PROCESS_PRIVATE 0
#define PTHREAD_PROCESS_SHARED 1
#define PTHREAD_SCOPE_SYSTEM 0
#define PTHREAD_SCOPE_PROCESS 1
#define PTHREAD_INHERIT_SCHED 0
#define PTHREAD_EXPLICIT_SCHED 1
#define PTHREAD_KEYS_MAX 128
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_STACK_MIN 16384
#define PTHREAD_THREADS_MAX 4096
#define PTHREAD_BARRIER_SERIAL_THREAD (-1)
#define PTHREAD_CANCEL_ENABLE 0
#define PTHREAD_CANCEL_DISABLE 1
#define PTHREAD_CANCEL_DEFERRED 0
#define PTHREAD_CANCEL_ASYNCHRONOUS 1
#define PTHREAD_CANCELED ((void *)-1)

/* Cleanup handlers: a push and its pop are one block, as in glibc. */
struct __vox_cleanup {
    void (*__fn)(void *);
    void *__arg;
    struct __vox_cleanup *__prev;
};
void __vox_cleanup_push(struct __vox_cleanup *c);
void __vox_cleanup_pop(struct __vox_cleanup *c, int execute);
#define pthread_cleanup_push(fn, arg)                                  \
    do {                                                               \
        struct __vox_cleanup __vox_c = {(fn), (arg), 0};               \
        __vox_cleanup_push(&__vox_c);
#define pthread_cleanup_pop(execute)                                   \
        __vox_cleanup_pop(&__vox_c, (execute));                        \
    } while (0)

int pthread_create(pthread_t *t, const pthread_attr_t *attr, void *(*start)(void *), void *arg);
int pthread_join(pthread_t t, void **ret);
int pthread_detach(pthread_t t);
_Noreturn void pthread_exit(void *ret);
pthread_t pthread_self(void);
int pthread_equal(pthread_t a, pthread_t b);
int pthread_setcancelstate(int state, int *old);
int pthread_setcanceltype(int type, int *old);
int pthread_cancel(pthread_t t);
void pthread_testcancel(void);
int pthread_setname_np(pthread_t t, const char *name);
int pthread_getname_np(pthread_t t, char *name, size_t len);
int pthread_kill(pthread_t t, int sig);
int pthread_tryjoin_np(pthread_t t, void **ret);
int pthread_getconcurrency(void);
int pthread_setconcurrency(int level);

int pthread_attr_init(pthread_attr_t *a);
int pthread_attr_destroy(pthread_attr_t *a);
int pthread_attr_setdetachstate(pthread_attr_t *a, int s);
int pthread_attr_getdetachstate(const pthread_attr_t *a, int *s);
int pthread_attr_setstacksize(pthread_attr_t *a, size_t n);
int pthread_attr_getstacksize(const pthread_attr_t *a, size_t *n);
int pthread_attr_setguardsize(pthread_attr_t *a, size_t n);
int pthread_attr_getguardsize(const pthread_attr_t *a, size_t *n);
int pthread_attr_setscope(pthread_attr_t *a, int scope);
int pthread_attr_getscope(const pthread_attr_t *a, int *scope);
int pthread_attr_setinheritsched(pthread_attr_t *a, int inherit);
int pthread_attr_getinheritsched(const pthread_attr_t *a, int *inherit);
int pthread_attr_setschedpolicy(pthread_attr_t *a, int policy);
int pthread_attr_getschedpolicy(const pthread_attr_t *a, int *policy);
int pthread_attr_setschedparam(pthread_attr_t *a, const struct sched_param *p);
int pthread_attr_getschedparam(const pthread_attr_t *a, struct sched_param *p);

int pthread_mutexattr_init(pthread_mutexattr_t *a);
int pthread_mutexattr_destroy(pthread_mutexattr_t *a);
int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *a, int *type);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *a, int shared);
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *a, int *shared);
int pthread_condattr_setpshared(pthread_condattr_t *a, int shared);
int pthread_condattr_getpshared(const pthread_condattr_t *a, int *shared);
int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *a, int shared);
int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *a, int *shared);
int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *a);
int pthread_mutex_destroy(pthread_mutex_t *m);
int pthread_mutex_lock(pthread_mutex_t *m);
int pthread_mutex_trylock(pthread_mutex_t *m);
int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *deadline);
int pthread_mutex_unlock(pthread_mutex_t *m);

int pthread_condattr_init(pthread_condattr_t *a);
int pthread_condattr_destroy(pthread_condattr_t *a);
int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t c);
int pthread_condattr_getclock(const pthread_condattr_t *a, clockid_t *c);
int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *a);
int pthread_cond_destroy(pthread_cond_t *c);
int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m);
int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *deadline);
int pthread_cond_signal(pthread_cond_t *c);
int pthread_cond_broadcast(pthread_cond_t *c);

int pthread_rwlockattr_init(pthread_rwlockattr_t *a);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *a);
int pthread_rwlock_init(pthread_rwlock_t *l, const pthread_rwlockattr_t *a);
int pthread_rwlock_destroy(pthread_rwlock_t *l);
int pthread_rwlock_rdlock(pthread_rwlock_t *l);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *l);
int pthread_rwlock_wrlock(pthread_rwlock_t *l);
int pthread_rwlock_trywrlock(pthread_rwlock_t *l);
int pthread_rwlock_unlock(pthread_rwlock_t *l);
int pthread_rwlock_timedrdlock(pthread_rwlock_t *l, const struct timespec *deadline);
int pthread_rwlock_timedwrlock(pthread_rwlock_t *l, const struct timespec *deadline);

int pthread_spin_init(pthread_spinlock_t *s, int shared);
int pthread_spin_destroy(pthread_spinlock_t *s);
int pthread_spin_lock(pthread_spinlock_t *s);
int pthread_spin_trylock(pthread_spinlock_t *s);
int pthread_spin_unlock(pthread_spinlock_t *s);

int pthread_barrierattr_init(pthread_barrierattr_t *a);
int pthread_barrierattr_destroy(pthread_barrierattr_t *a);
int pthread_barrierattr_setpshared(pthread_barrierattr_t *a, int shared);
int pthread_barrierattr_getpshared(const pthread_barrierattr_t *a, int *shared);
int pthread_barrier_init(pthread_barrier_t *b, const pthread_barrierattr_t *a, unsigned count);
int pthread_barrier_destroy(pthread_barrier_t *b);
int pthread_barrier_wait(pthread_barrier_t *b);

int pthread_once(pthread_once_t *once, void (*init)(void));
int pthread_key_create(pthread_key_t *k, void (*destructor)(void *));
int pthread_key_delete(pthread_key_t k);
void *pthread_getspecific(pthread_key_t k);
int pthread_setspecific(pthread_key_t k, const void *v);
#endif
