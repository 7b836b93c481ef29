/* <pthread.h>: threads of the VM (see the header and vm/src/threads.rs).

   The VM switches threads only at a step (a branch, call, return or a
   thread instruction), never inside straight-line code, so a
   read-modify-write with no branch in it is atomic: cas() and xchg() below
   are written without one. Everything that waits waits in twait on a
   futex word and is woken by twake. */
#include <pthread.h>
#include <sched.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* In lock.c: branch-free, so atomic (see there). */
int __vox_cas32(volatile int *p, int e, int d);
int __vox_xchg32(volatile int *p, int v);
void __vox_lock(int *w);
int __vox_trylock(int *w);
void __vox_unlock(int *w);
#define cas __vox_cas32
#define xchg __vox_xchg32

#define TWAIT(p, v) ((int)__builtin_vox("twait", (p), (v)))
#define TWAKE(p, n) ((void)__builtin_vox("twake", (p), (unsigned long)(n)))
#define TSELF() ((pthread_t)__builtin_vox("tself"))
#define YIELD() __builtin_vox("tyield")

/* A thread's control block (the first thread's is main_thread). */
struct thread {
    int cancel_state, cancel_type, cancel_pending;
    void *(*start)(void *);
    void *arg;
    pthread_t id;
    struct __vox_cleanup *cleanup;
    int *waiting_on; /* the condition variable's word it waits at: a cancel wakes it */
    const void *specific[PTHREAD_KEYS_MAX];
    char name[16];
    struct thread *next; /* all threads' blocks, for pthread_cancel */
    char *tls;           /* its copy of the thread-local objects */
    long tls_delta;      /* from the first thread's copy to it: its thread pointer */
};

/* The thread-local objects, as the linker laid them out: the first
   thread's copy (in the data segment), its size, and their initial
   values. A thread's copy is at the same offsets from its thread
   pointer (gettp), which the compiler adds to their addresses. */
unsigned long __vox_tls[3];

static struct thread main_thread = {.id = 1};
/* The list of blocks, under list_lock; threads alive. */
static struct thread *all_threads = &main_thread;
static int list_lock;
static int live = 1;
/* Set once the program has started a thread: streams lock from then on. */
extern int __vox_threaded;

static _Thread_local struct thread *current;

static struct thread *self(void) { return current ? current : &main_thread; }

static struct thread *find(pthread_t id) {
    __vox_lock(&list_lock);
    struct thread *t = all_threads;
    while (t && t->id != id) t = t->next;
    __vox_unlock(&list_lock);
    return t;
}

/* In lock.c: whether the absolute time `deadline` on `clock` has passed. */
int __vox_passed(const struct timespec *deadline, clockid_t clock);
#define passed __vox_passed
/* A thread's stack unless pthread_attr_setstacksize says otherwise. */
#define DEFAULT_STACK (256 * 1024)

static int bad_time(const struct timespec *t) { return t->tv_nsec < 0 || t->tv_nsec >= 1000000000L; }

/* ---- threads ---- */

static void *run_thread(void *p) {
    struct thread *t = p;
    __builtin_vox("settp", t->tls_delta);
    current = t;
    pthread_exit(t->start(t->arg));
}

int pthread_create(pthread_t *out, const pthread_attr_t *attr, void *(*start)(void *), void *arg) {
    struct thread *t = calloc(1, sizeof *t);
    if (!t) return EAGAIN;
    t->start = start;
    t->arg = arg;
    if (__vox_tls[1]) {
        t->tls = malloc(__vox_tls[1]);
        if (!t->tls) {
            free(t);
            return EAGAIN;
        }
        memcpy(t->tls, (void *)__vox_tls[2], __vox_tls[1]);
        t->tls_delta = (long)t->tls - (long)__vox_tls[0];
    }
    size_t stack = attr ? attr->__stacksize : DEFAULT_STACK;
    pthread_t id = (pthread_t)__builtin_vox("tspawn", run_thread, t, stack);
    if (!id) {
        free(t->tls);
        free(t);
        return EAGAIN;
    }
    t->id = id;
    __vox_lock(&list_lock);
    t->next = all_threads;
    all_threads = t;
    __vox_unlock(&list_lock);
    live++;
    __vox_threaded = 1;
    if (attr && attr->__detached == PTHREAD_CREATE_DETACHED) __builtin_vox("tdetach", id);
    *out = id;
    return 0;
}

void __vox_cleanup_push(struct __vox_cleanup *c) {
    struct thread *t = self();
    c->__prev = t->cleanup;
    t->cleanup = c;
}

void __vox_cleanup_pop(struct __vox_cleanup *c, int execute) {
    self()->cleanup = c->__prev;
    if (execute) c->__fn(c->__arg);
}

static struct {
    int used;
    void (*destructor)(void *);
} keys[PTHREAD_KEYS_MAX];

void pthread_exit(void *ret) {
    struct thread *t = self();
    while (t->cleanup) {
        struct __vox_cleanup *c = t->cleanup;
        t->cleanup = c->__prev;
        c->__fn(c->__arg);
    }
    for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
        int again = 0;
        for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
            void *v = (void *)t->specific[k];
            if (v && keys[k].used && keys[k].destructor) {
                t->specific[k] = 0;
                keys[k].destructor(v);
                again = 1;
            }
        }
        if (!again) break;
    }
    /* The last thread's end ends the program, as exit(0) does. */
    if (--live == 0) exit(0);
    if (t != &main_thread) {
        __vox_lock(&list_lock);
        for (struct thread **p = &all_threads; *p; p = &(*p)->next)
            if (*p == t) {
                *p = t->next;
                break;
            }
        __vox_unlock(&list_lock);
        /* Its thread-local objects go last: from here on it uses the first
           thread's (nothing of the library runs on them any more). */
        char *tls = t->tls;
        free(t);
        __builtin_vox("settp", 0);
        free(tls);
    }
    __builtin_vox("texit", ret);
    for (;;) {
    }
}

int pthread_join(pthread_t id, void **ret) {
    pthread_testcancel();
    void *v;
    switch ((int)__builtin_vox("tjoin", id, &v)) {
    case 0:
        if (ret) *ret = v;
        return 0;
    case 2: return EDEADLK;
    default: return find(id) ? EINVAL : ESRCH;
    }
}

int pthread_tryjoin_np(pthread_t id, void **ret) {
    struct thread *t = find(id);
    /* Still running (its block is freed as it ends). */
    if (t && t != self()) return EBUSY;
    return pthread_join(id, ret);
}

int pthread_detach(pthread_t id) { return (int)__builtin_vox("tdetach", id) ? ESRCH : 0; }

pthread_t pthread_self(void) { return TSELF(); }
int pthread_equal(pthread_t a, pthread_t b) { return a == b; }

int pthread_setcancelstate(int state, int *old) {
    if (state != PTHREAD_CANCEL_ENABLE && state != PTHREAD_CANCEL_DISABLE) return EINVAL;
    struct thread *t = self();
    if (old) *old = t->cancel_state;
    t->cancel_state = state;
    return 0;
}

/* Cancellation is deferred either way: the VM stops a thread only between
   its steps, never in the middle of the library. */
int pthread_setcanceltype(int type, int *old) {
    if (type != PTHREAD_CANCEL_DEFERRED && type != PTHREAD_CANCEL_ASYNCHRONOUS) return EINVAL;
    struct thread *t = self();
    if (old) *old = t->cancel_type;
    t->cancel_type = type;
    return 0;
}

int pthread_cancel(pthread_t id) {
    struct thread *t = find(id);
    if (!t) return ESRCH;
    t->cancel_pending = 1;
    /* A wait on a condition variable is a cancellation point: it wakes
       (the others there wake too, spuriously, which they allow for). */
    if (t->waiting_on && t->cancel_state == PTHREAD_CANCEL_ENABLE) TWAKE(t->waiting_on, INT_MAX);
    return 0;
}

void pthread_testcancel(void) {
    struct thread *t = self();
    if (t->cancel_pending && t->cancel_state == PTHREAD_CANCEL_ENABLE) {
        t->cancel_pending = 0;
        pthread_exit(PTHREAD_CANCELED);
    }
}

int pthread_setname_np(pthread_t id, const char *name) {
    struct thread *t = find(id);
    if (!t) return ESRCH;
    if (strlen(name) >= sizeof t->name) return ERANGE;
    strcpy(t->name, name);
    return 0;
}

int pthread_getname_np(pthread_t id, char *name, size_t len) {
    struct thread *t = find(id);
    if (!t) return ESRCH;
    if (strlen(t->name) >= len) return ERANGE;
    strcpy(name, t->name);
    return 0;
}

/* No signals between threads: only signal 0, the existence check. */
int pthread_kill(pthread_t id, int sig) {
    if (!find(id)) return ESRCH;
    return sig == 0 ? 0 : EINVAL;
}

int pthread_getconcurrency(void) { return 0; }
int pthread_setconcurrency(int level) { return level < 0 ? EINVAL : 0; }

int sched_yield(void) {
    YIELD();
    return 0;
}

/* ---- attributes ---- */

int pthread_attr_init(pthread_attr_t *a) {
    a->__stacksize = DEFAULT_STACK;
    a->__detached = PTHREAD_CREATE_JOINABLE;
    return 0;
}
int pthread_attr_destroy(pthread_attr_t *a) { (void)a; return 0; }
int pthread_attr_setdetachstate(pthread_attr_t *a, int s) {
    if (s != PTHREAD_CREATE_JOINABLE && s != PTHREAD_CREATE_DETACHED) return EINVAL;
    a->__detached = s;
    return 0;
}
int pthread_attr_getdetachstate(const pthread_attr_t *a, int *s) { *s = a->__detached; return 0; }
int pthread_attr_setstacksize(pthread_attr_t *a, size_t n) {
    if (n < PTHREAD_STACK_MIN) return EINVAL;
    a->__stacksize = n;
    return 0;
}
int pthread_attr_getstacksize(const pthread_attr_t *a, size_t *n) { *n = a->__stacksize; return 0; }
/* Stacks are heap blocks, bounds-checked: there is no guard page to size. */
int pthread_attr_setguardsize(pthread_attr_t *a, size_t n) { (void)a, (void)n; return 0; }
int pthread_attr_getguardsize(const pthread_attr_t *a, size_t *n) { (void)a; *n = 0; return 0; }
int pthread_attr_setscope(pthread_attr_t *a, int scope) {
    (void)a;
    return scope == PTHREAD_SCOPE_SYSTEM ? 0 : scope == PTHREAD_SCOPE_PROCESS ? ENOTSUP : EINVAL;
}
int pthread_attr_getscope(const pthread_attr_t *a, int *scope) { (void)a; *scope = PTHREAD_SCOPE_SYSTEM; return 0; }
int pthread_attr_setinheritsched(pthread_attr_t *a, int inherit) {
    (void)a;
    return inherit == PTHREAD_INHERIT_SCHED || inherit == PTHREAD_EXPLICIT_SCHED ? 0 : EINVAL;
}
int pthread_attr_getinheritsched(const pthread_attr_t *a, int *inherit) { (void)a; *inherit = PTHREAD_INHERIT_SCHED; return 0; }
/* One policy: turns in order. */
int pthread_attr_setschedpolicy(pthread_attr_t *a, int policy) { (void)a; return policy == SCHED_OTHER ? 0 : ENOTSUP; }
int pthread_attr_getschedpolicy(const pthread_attr_t *a, int *policy) { (void)a; *policy = SCHED_OTHER; return 0; }
int pthread_attr_setschedparam(pthread_attr_t *a, const struct sched_param *p) { (void)a; return p->sched_priority ? EINVAL : 0; }
int pthread_attr_getschedparam(const pthread_attr_t *a, struct sched_param *p) { (void)a; p->sched_priority = 0; return 0; }

int pthread_mutexattr_init(pthread_mutexattr_t *a) { a->__type = PTHREAD_MUTEX_DEFAULT; a->__pshared = PTHREAD_PROCESS_PRIVATE; return 0; }
int pthread_mutexattr_destroy(pthread_mutexattr_t *a) { (void)a; return 0; }
int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type) {
    if (type < PTHREAD_MUTEX_NORMAL || type > PTHREAD_MUTEX_ERRORCHECK) return EINVAL;
    a->__type = type;
    return 0;
}
int pthread_mutexattr_gettype(const pthread_mutexattr_t *a, int *type) { *type = a->__type; return 0; }
/* Process-shared or not is all one in a sandbox of one process: the
   setting is kept so that the getters report it back. */
#define PSHARED(type, name)                                                              \
    int name##_setpshared(type *a, int shared) {                                         \
        if (shared != PTHREAD_PROCESS_PRIVATE && shared != PTHREAD_PROCESS_SHARED) return EINVAL; \
        a->__pshared = shared;                                                           \
        return 0;                                                                        \
    }                                                                                    \
    int name##_getpshared(const type *a, int *shared) { *shared = a->__pshared; return 0; }
PSHARED(pthread_mutexattr_t, pthread_mutexattr)
PSHARED(pthread_condattr_t, pthread_condattr)
PSHARED(pthread_rwlockattr_t, pthread_rwlockattr)
PSHARED(pthread_barrierattr_t, pthread_barrierattr)

/* ---- mutexes ---- */

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *a) {
    memset(m, 0, sizeof *m);
    m->__type = a ? a->__type : PTHREAD_MUTEX_DEFAULT;
    return 0;
}
int pthread_mutex_destroy(pthread_mutex_t *m) { return m->__lock ? EBUSY : 0; }

/* The owner locking again: counted (recursive) or refused. A normal mutex
   would wait for itself forever; it says EDEADLK as an error-checking one. */
static int relock(pthread_mutex_t *m) {
    if (m->__type != PTHREAD_MUTEX_RECURSIVE) return EDEADLK;
    if (m->__count == INT_MAX) return EAGAIN;
    m->__count++;
    return 0;
}

int pthread_mutex_trylock(pthread_mutex_t *m) {
    pthread_t me = TSELF();
    if (m->__lock && m->__owner == me) return m->__type == PTHREAD_MUTEX_RECURSIVE ? relock(m) : EBUSY;
    if (!__vox_trylock(&m->__lock)) return EBUSY;
    m->__owner = me;
    m->__count = 1;
    return 0;
}

int pthread_mutex_lock(pthread_mutex_t *m) {
    pthread_t me = TSELF();
    if (m->__lock && m->__owner == me) return relock(m);
    __vox_lock(&m->__lock);
    m->__owner = me;
    m->__count = 1;
    return 0;
}

int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *deadline) {
    pthread_t me = TSELF();
    if (m->__lock && m->__owner == me) return relock(m);
    while (!__vox_trylock(&m->__lock)) {
        if (bad_time(deadline)) return EINVAL;
        if (passed(deadline, CLOCK_REALTIME)) return ETIMEDOUT;
        YIELD();
    }
    m->__owner = me;
    m->__count = 1;
    return 0;
}

int pthread_mutex_unlock(pthread_mutex_t *m) {
    if (!m->__lock || m->__owner != TSELF()) return m->__type == PTHREAD_MUTEX_NORMAL ? 0 : EPERM;
    if (--m->__count) return 0;
    m->__owner = 0;
    __vox_unlock(&m->__lock);
    return 0;
}

/* ---- condition variables ---- */

int pthread_condattr_init(pthread_condattr_t *a) { a->__clock = CLOCK_REALTIME; a->__pshared = PTHREAD_PROCESS_PRIVATE; return 0; }
int pthread_condattr_destroy(pthread_condattr_t *a) { (void)a; return 0; }
int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t c) {
    if (c != CLOCK_REALTIME && c != CLOCK_MONOTONIC) return EINVAL;
    a->__clock = c;
    return 0;
}
int pthread_condattr_getclock(const pthread_condattr_t *a, clockid_t *c) { *c = a->__clock; return 0; }
int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *a) {
    c->__seq = 0;
    c->__clock = a ? a->__clock : CLOCK_REALTIME;
    return 0;
}
int pthread_cond_destroy(pthread_cond_t *c) { (void)c; return 0; }

/* The mutex is taken back as it would be after a wait (held with waiters),
   keeping the count of a recursive one. */
static void retake(pthread_mutex_t *m, int count) {
    while (xchg(&m->__lock, 2) != 0) TWAIT(&m->__lock, 2);
    m->__owner = TSELF();
    m->__count = count;
}

int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m) {
    if (m->__type != PTHREAD_MUTEX_NORMAL && (!m->__lock || m->__owner != TSELF())) return EPERM;
    int seq = c->__seq, count = m->__count;
    m->__count = 1;
    pthread_mutex_unlock(m);
    struct thread *me = self();
    if (!(me->cancel_pending && me->cancel_state == PTHREAD_CANCEL_ENABLE)) {
        me->waiting_on = &c->__seq;
        TWAIT(&c->__seq, seq);
        me->waiting_on = 0;
    }
    retake(m, count);
    pthread_testcancel();
    return 0;
}

int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *deadline) {
    if (bad_time(deadline)) return EINVAL;
    if (m->__type != PTHREAD_MUTEX_NORMAL && (!m->__lock || m->__owner != TSELF())) return EPERM;
    int seq = c->__seq, count = m->__count, r = 0;
    m->__count = 1;
    pthread_mutex_unlock(m);
    /* Time passes only while threads run: wait by taking turns. */
    while (c->__seq == seq) {
        if (passed(deadline, c->__clock)) {
            r = ETIMEDOUT;
            break;
        }
        YIELD();
    }
    retake(m, count);
    pthread_testcancel();
    return r;
}

int pthread_cond_signal(pthread_cond_t *c) {
    c->__seq++;
    TWAKE(&c->__seq, 1);
    return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c) {
    c->__seq++;
    TWAKE(&c->__seq, INT_MAX);
    return 0;
}

/* ---- read-write locks ---- */

int pthread_rwlockattr_init(pthread_rwlockattr_t *a) { a->__pshared = PTHREAD_PROCESS_PRIVATE; return 0; }
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *a) { (void)a; return 0; }
int pthread_rwlock_init(pthread_rwlock_t *l, const pthread_rwlockattr_t *a) {
    (void)a;
    memset(l, 0, sizeof *l);
    return 0;
}
int pthread_rwlock_destroy(pthread_rwlock_t *l) { return l->__state ? EBUSY : 0; }

int pthread_rwlock_tryrdlock(pthread_rwlock_t *l) {
    int s = l->__state;
    if (s < 0) return EBUSY;
    if (s == INT_MAX) return EAGAIN;
    return cas(&l->__state, s, s + 1) == s ? 0 : EBUSY;
}

int pthread_rwlock_trywrlock(pthread_rwlock_t *l) {
    if (cas(&l->__state, 0, -1) != 0) return EBUSY;
    l->__writer = TSELF();
    return 0;
}

/* Waits for an unlock (or `deadline`) while `try` says EBUSY. */
static int rwlock_wait(pthread_rwlock_t *l, int (*try)(pthread_rwlock_t *), const struct timespec *deadline) {
    /* Its own write lock would never be let go. */
    if (l->__state < 0 && l->__writer == TSELF()) return EDEADLK;
    for (;;) {
        int seq = l->__seq;
        int r = try(l);
        if (r != EBUSY) return r;
        if (deadline) {
            if (bad_time(deadline)) return EINVAL;
            if (passed(deadline, CLOCK_REALTIME)) return ETIMEDOUT;
            YIELD();
        } else {
            TWAIT(&l->__seq, seq);
        }
    }
}

int pthread_rwlock_rdlock(pthread_rwlock_t *l) { return rwlock_wait(l, pthread_rwlock_tryrdlock, 0); }
int pthread_rwlock_wrlock(pthread_rwlock_t *l) { return rwlock_wait(l, pthread_rwlock_trywrlock, 0); }
int pthread_rwlock_timedrdlock(pthread_rwlock_t *l, const struct timespec *deadline) {
    return rwlock_wait(l, pthread_rwlock_tryrdlock, deadline);
}
int pthread_rwlock_timedwrlock(pthread_rwlock_t *l, const struct timespec *deadline) {
    return rwlock_wait(l, pthread_rwlock_trywrlock, deadline);
}

int pthread_rwlock_unlock(pthread_rwlock_t *l) {
    if (l->__state < 0) {
        if (l->__writer != TSELF()) return EPERM;
        l->__writer = 0;
        l->__state = 0;
    } else if (l->__state > 0) {
        l->__state--;
    } else {
        return EPERM;
    }
    l->__seq++;
    TWAKE(&l->__seq, INT_MAX);
    return 0;
}

/* ---- barriers ---- */

int pthread_barrierattr_init(pthread_barrierattr_t *a) { a->__pshared = PTHREAD_PROCESS_PRIVATE; return 0; }
int pthread_barrierattr_destroy(pthread_barrierattr_t *a) { (void)a; return 0; }
int pthread_barrier_init(pthread_barrier_t *b, const pthread_barrierattr_t *a, unsigned count) {
    (void)a;
    if (count == 0) return EINVAL;
    b->__count = count;
    b->__waiting = 0;
    b->__phase = 0;
    return 0;
}
int pthread_barrier_destroy(pthread_barrier_t *b) { return b->__waiting ? EBUSY : 0; }

int pthread_barrier_wait(pthread_barrier_t *b) {
    int phase = b->__phase;
    unsigned arrived = ++b->__waiting;
    if (arrived == b->__count) {
        b->__waiting = 0;
        b->__phase++;
        TWAKE(&b->__phase, INT_MAX);
        return PTHREAD_BARRIER_SERIAL_THREAD;
    }
    while (b->__phase == phase) TWAIT(&b->__phase, phase);
    return 0;
}

/* ---- spin locks ---- */

int pthread_spin_init(pthread_spinlock_t *s, int shared) { (void)shared; *s = 0; return 0; }
int pthread_spin_destroy(pthread_spinlock_t *s) { (void)s; return 0; }
int pthread_spin_trylock(pthread_spinlock_t *s) { return xchg(s, 1) ? EBUSY : 0; }
/* Spinning gives the holder its turn. */
int pthread_spin_lock(pthread_spinlock_t *s) {
    while (xchg(s, 1)) YIELD();
    return 0;
}
int pthread_spin_unlock(pthread_spinlock_t *s) { *s = 0; return 0; }

/* ---- once ---- */

/* 0: not run, 1: running, 2: done. */
int pthread_once(pthread_once_t *once, void (*init)(void)) {
    if (*once == 2) return 0;
    if (cas(once, 0, 1) == 0) {
        init();
        *once = 2;
        TWAKE(once, INT_MAX);
        return 0;
    }
    while (*once == 1) TWAIT(once, 1);
    return 0;
}

/* ---- thread-specific data ---- */

int pthread_key_create(pthread_key_t *k, void (*destructor)(void *)) {
    for (unsigned i = 0; i < PTHREAD_KEYS_MAX; i++)
        if (!keys[i].used) {
            keys[i].used = 1;
            keys[i].destructor = destructor;
            for (struct thread *t = all_threads; t; t = t->next) t->specific[i] = 0;
            *k = i;
            return 0;
        }
    return EAGAIN;
}
int pthread_key_delete(pthread_key_t k) {
    if (k >= PTHREAD_KEYS_MAX || !keys[k].used) return EINVAL;
    keys[k].used = 0;
    return 0;
}
void *pthread_getspecific(pthread_key_t k) {
    return k < PTHREAD_KEYS_MAX && keys[k].used ? (void *)self()->specific[k] : 0;
}
int pthread_setspecific(pthread_key_t k, const void *v) {
    if (k >= PTHREAD_KEYS_MAX || !keys[k].used) return EINVAL;
    self()->specific[k] = v;
    return 0;
}
