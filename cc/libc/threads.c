/* <threads.h>: C11 threads over <pthread.h>. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <threads.h>

static int status(int e) {
    return e == 0 ? thrd_success : e == EBUSY ? thrd_busy : e == ETIMEDOUT ? thrd_timedout
         : e == ENOMEM ? thrd_nomem : thrd_error;
}

/* A C11 thread's function returns int: carried through pthread's void *. */
struct start {
    thrd_start_t func;
    void *arg;
};

static void *run(void *p) {
    struct start s = *(struct start *)p;
    free(p);
    return (void *)(intptr_t)s.func(s.arg);
}

int thrd_create(thrd_t *thr, thrd_start_t func, void *arg) {
    struct start *s = malloc(sizeof *s);
    if (!s) return thrd_nomem;
    s->func = func;
    s->arg = arg;
    int e = pthread_create(thr, 0, run, s);
    if (e) free(s);
    return e == EAGAIN ? thrd_nomem : status(e);
}

int thrd_equal(thrd_t a, thrd_t b) { return a == b; }
thrd_t thrd_current(void) { return pthread_self(); }

int thrd_sleep(const struct timespec *duration, struct timespec *remaining) {
    if (duration->tv_sec < 0 || duration->tv_nsec < 0 || duration->tv_nsec >= 1000000000L)
        return -2;
    if (remaining) remaining->tv_sec = remaining->tv_nsec = 0;
    sched_yield();
    return 0;
}

void thrd_yield(void) { sched_yield(); }

void thrd_exit(int res) { pthread_exit((void *)(intptr_t)res); }

int thrd_detach(thrd_t thr) { return status(pthread_detach(thr)); }

int thrd_join(thrd_t thr, int *res) {
    void *v;
    int e = pthread_join(thr, &v);
    if (e) return thrd_error;
    if (res) *res = (int)(intptr_t)v;
    return thrd_success;
}

int mtx_init(mtx_t *mtx, int type) {
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, type & mtx_recursive ? PTHREAD_MUTEX_RECURSIVE : PTHREAD_MUTEX_NORMAL);
    return status(pthread_mutex_init(mtx, &a));
}

int mtx_lock(mtx_t *mtx) { return status(pthread_mutex_lock(mtx)); }

int mtx_timedlock(mtx_t *restrict mtx, const struct timespec *restrict ts) {
    return status(pthread_mutex_timedlock(mtx, ts));
}

int mtx_trylock(mtx_t *mtx) { return status(pthread_mutex_trylock(mtx)); }
int mtx_unlock(mtx_t *mtx) { return status(pthread_mutex_unlock(mtx)); }
void mtx_destroy(mtx_t *mtx) { pthread_mutex_destroy(mtx); }

void call_once(once_flag *flag, void (*func)(void)) { pthread_once(flag, func); }

int cnd_init(cnd_t *cond) { return status(pthread_cond_init(cond, 0)); }
int cnd_signal(cnd_t *cond) { return status(pthread_cond_signal(cond)); }
int cnd_broadcast(cnd_t *cond) { return status(pthread_cond_broadcast(cond)); }
int cnd_wait(cnd_t *cond, mtx_t *mtx) { return status(pthread_cond_wait(cond, mtx)); }

int cnd_timedwait(cnd_t *restrict cond, mtx_t *restrict mtx, const struct timespec *restrict ts) {
    return status(pthread_cond_timedwait(cond, mtx, ts));
}

void cnd_destroy(cnd_t *cond) { pthread_cond_destroy(cond); }

int tss_create(tss_t *key, tss_dtor_t dtor) { return status(pthread_key_create(key, dtor)); }
void *tss_get(tss_t key) { return pthread_getspecific(key); }
int tss_set(tss_t key, void *val) { return status(pthread_setspecific(key, val)); }
void tss_delete(tss_t key) { pthread_key_delete(key); }
