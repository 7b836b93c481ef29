/* <pthread.h> for a program that is its VM's only thread: see the header
   for what each call does. */
#include <pthread.h>
#include <sched.h>
#include <errno.h>
#include <stdlib.h>

int pthread_create(pthread_t *t, const pthread_attr_t *attr, void *(*start)(void *), void *arg) {
    (void)t, (void)attr, (void)start, (void)arg;
    return EAGAIN;
}

int pthread_join(pthread_t t, void **ret) {
    (void)ret;
    return t == 1 ? EDEADLK : ESRCH;
}

int pthread_detach(pthread_t t) { return t == 1 ? 0 : ESRCH; }

/* The last thread's exit ends the process with status 0. */
void pthread_exit(void *ret) {
    (void)ret;
    exit(0);
}

pthread_t pthread_self(void) { return 1; }
int pthread_equal(pthread_t a, pthread_t b) { return a == b; }

int pthread_setcancelstate(int state, int *old) {
    (void)state;
    if (old) *old = PTHREAD_CANCEL_ENABLE;
    return 0;
}

int pthread_attr_init(pthread_attr_t *a) {
    a->__stacksize = 1 << 20;
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

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *a) {
    m->__type = a ? a->__type : PTHREAD_MUTEX_DEFAULT;
    m->__count = 0;
    return 0;
}
int pthread_mutex_destroy(pthread_mutex_t *m) { return m->__count ? EBUSY : 0; }

int pthread_mutex_trylock(pthread_mutex_t *m) {
    if (m->__count && m->__type != PTHREAD_MUTEX_RECURSIVE) return EBUSY;
    m->__count++;
    return 0;
}

/* Held already: only this thread can hold it, so waiting would never end. */
int pthread_mutex_lock(pthread_mutex_t *m) {
    if (m->__count && m->__type != PTHREAD_MUTEX_RECURSIVE) return EDEADLK;
    m->__count++;
    return 0;
}

int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *deadline) {
    (void)deadline;
    if (m->__count && m->__type != PTHREAD_MUTEX_RECURSIVE) return ETIMEDOUT;
    m->__count++;
    return 0;
}

int pthread_mutex_unlock(pthread_mutex_t *m) {
    if (!m->__count) return m->__type == PTHREAD_MUTEX_NORMAL ? 0 : EPERM;
    m->__count--;
    return 0;
}

int pthread_condattr_init(pthread_condattr_t *a) { a->__clock = CLOCK_REALTIME; a->__pshared = PTHREAD_PROCESS_PRIVATE; return 0; }
int pthread_condattr_destroy(pthread_condattr_t *a) { (void)a; return 0; }
int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t c) { a->__clock = c; return 0; }
int pthread_condattr_getclock(const pthread_condattr_t *a, clockid_t *c) { *c = a->__clock; return 0; }
int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *a) { (void)a; c->__unused = 0; return 0; }
int pthread_cond_destroy(pthread_cond_t *c) { (void)c; return 0; }
int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m) { (void)c, (void)m; return 0; }
int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *deadline) {
    (void)c, (void)m, (void)deadline;
    return ETIMEDOUT;
}
int pthread_cond_signal(pthread_cond_t *c) { (void)c; return 0; }
int pthread_cond_broadcast(pthread_cond_t *c) { (void)c; return 0; }

int pthread_rwlockattr_init(pthread_rwlockattr_t *a) { a->__pshared = PTHREAD_PROCESS_PRIVATE; return 0; }
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *a) { (void)a; return 0; }
int pthread_rwlock_init(pthread_rwlock_t *l, const pthread_rwlockattr_t *a) {
    (void)a;
    l->__readers = l->__writer = 0;
    return 0;
}
int pthread_rwlock_destroy(pthread_rwlock_t *l) { return l->__readers || l->__writer ? EBUSY : 0; }
int pthread_rwlock_tryrdlock(pthread_rwlock_t *l) {
    if (l->__writer) return EBUSY;
    l->__readers++;
    return 0;
}
int pthread_rwlock_rdlock(pthread_rwlock_t *l) { return pthread_rwlock_tryrdlock(l) ? EDEADLK : 0; }
int pthread_rwlock_trywrlock(pthread_rwlock_t *l) {
    if (l->__writer || l->__readers) return EBUSY;
    l->__writer = 1;
    return 0;
}
int pthread_rwlock_wrlock(pthread_rwlock_t *l) { return pthread_rwlock_trywrlock(l) ? EDEADLK : 0; }
int pthread_rwlock_unlock(pthread_rwlock_t *l) {
    if (l->__writer) l->__writer = 0;
    else if (l->__readers) l->__readers--;
    else return EPERM;
    return 0;
}

int pthread_spin_init(pthread_spinlock_t *s, int shared) { (void)shared; *s = 0; return 0; }
int pthread_spin_destroy(pthread_spinlock_t *s) { (void)s; return 0; }
int pthread_spin_trylock(pthread_spinlock_t *s) {
    if (*s) return EBUSY;
    *s = 1;
    return 0;
}
int pthread_spin_lock(pthread_spinlock_t *s) { return pthread_spin_trylock(s) ? EDEADLK : 0; }
int pthread_spin_unlock(pthread_spinlock_t *s) { *s = 0; return 0; }

int pthread_once(pthread_once_t *once, void (*init)(void)) {
    if (!*once) {
        *once = 1;
        init();
    }
    return 0;
}

static struct {
    int used;
    const void *value;
} keys[PTHREAD_KEYS_MAX];

int pthread_key_create(pthread_key_t *k, void (*destructor)(void *)) {
    (void)destructor; /* run at thread exit: the only thread's is the process's */
    for (unsigned i = 0; i < PTHREAD_KEYS_MAX; i++)
        if (!keys[i].used) {
            keys[i].used = 1;
            keys[i].value = 0;
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
    return k < PTHREAD_KEYS_MAX && keys[k].used ? (void *)keys[k].value : 0;
}
int pthread_setspecific(pthread_key_t k, const void *v) {
    if (k >= PTHREAD_KEYS_MAX || !keys[k].used) return EINVAL;
    keys[k].value = v;
    return 0;
}

int sched_yield(void) { return 0; }
