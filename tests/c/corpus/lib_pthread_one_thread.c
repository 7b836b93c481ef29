/* <pthread.h> as one thread sees it, where glibc and voxvm agree: mutexes
   of each type, read-write and spin locks, once, keys, condition
   variables with nobody waiting, a deadline already past. (Threads that
   run together: lib_pthread_threads.c.) */
#include <stdio.h>
#include <pthread.h>
#include <errno.h>
#include <string.h>
#include <time.h>

static int inits;
static void init_once(void) { inits++; }

static const char *err(int e) {
    switch (e) {
    case 0: return "0";
    case EBUSY: return "EBUSY";
    case EDEADLK: return "EDEADLK";
    case EPERM: return "EPERM";
    case ETIMEDOUT: return "ETIMEDOUT";
    case EINVAL: return "EINVAL";
    default: return "other";
    }
}

static pthread_mutex_t global = PTHREAD_MUTEX_INITIALIZER;

int main(void) {
    /* Every call is its own statement: printf's arguments are evaluated
       in an unspecified order. */
    int r = pthread_mutex_lock(&global);
    int t = pthread_mutex_unlock(&global);
    printf("static lock %s unlock %s\n", err(r), err(t));
    r = pthread_mutex_lock(&global);
    t = pthread_mutex_trylock(&global);
    printf("normal: lock %s trylock %s", err(r), err(t));
    r = pthread_mutex_unlock(&global);
    printf(" unlock %s\n", err(r));

    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    int type = -1;
    pthread_mutexattr_gettype(&a, &type);
    pthread_mutex_t rec;
    pthread_mutex_init(&rec, &a);
    int l1 = pthread_mutex_lock(&rec), l2 = pthread_mutex_lock(&rec), l3 = pthread_mutex_trylock(&rec);
    printf("recursive (type %d): %s %s %s", type == PTHREAD_MUTEX_RECURSIVE, err(l1), err(l2), err(l3));
    int u1 = pthread_mutex_unlock(&rec), u2 = pthread_mutex_unlock(&rec), u3 = pthread_mutex_unlock(&rec);
    int u4 = pthread_mutex_unlock(&rec);
    printf(" unlocks %s %s %s then %s\n", err(u1), err(u2), err(u3), err(u4));
    pthread_mutex_destroy(&rec);

    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_t chk;
    pthread_mutex_init(&chk, &a);
    l1 = pthread_mutex_lock(&chk);
    l2 = pthread_mutex_lock(&chk);
    u1 = pthread_mutex_unlock(&chk);
    u2 = pthread_mutex_unlock(&chk);
    printf("errorcheck: %s %s %s %s\n", err(l1), err(l2), err(u1), err(u2));
    pthread_mutexattr_destroy(&a);

    pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
    l1 = pthread_rwlock_rdlock(&rw);
    l2 = pthread_rwlock_tryrdlock(&rw);
    l3 = pthread_rwlock_trywrlock(&rw);
    printf("rwlock: %s %s %s", err(l1), err(l2), err(l3));
    u1 = pthread_rwlock_unlock(&rw);
    u2 = pthread_rwlock_unlock(&rw);
    l1 = pthread_rwlock_wrlock(&rw);
    l2 = pthread_rwlock_tryrdlock(&rw);
    u3 = pthread_rwlock_unlock(&rw);
    printf(" %s %s %s %s %s\n", err(u1), err(u2), err(l1), err(l2), err(u3));

    pthread_spinlock_t sp;
    pthread_spin_init(&sp, PTHREAD_PROCESS_PRIVATE);
    l1 = pthread_spin_lock(&sp);
    l2 = pthread_spin_trylock(&sp);
    u1 = pthread_spin_unlock(&sp);
    printf("spin: %s %s %s\n", err(l1), err(l2), err(u1));

    static pthread_once_t once = PTHREAD_ONCE_INIT;
    for (int i = 0; i < 3; i++) pthread_once(&once, init_once);
    printf("once: %d\n", inits);

    pthread_key_t k1, k2;
    pthread_key_create(&k1, NULL);
    pthread_key_create(&k2, NULL);
    int x = 5;
    printf("keys: %d", pthread_getspecific(k1) == NULL);
    pthread_setspecific(k1, &x);
    int v = *(int *)pthread_getspecific(k1);
    int none = pthread_getspecific(k2) == NULL;
    printf(" %d %d %d\n", v, none, pthread_key_delete(k2));

    pthread_cond_t c = PTHREAD_COND_INITIALIZER;
    pthread_mutex_t m;
    pthread_mutex_init(&m, NULL);
    pthread_mutex_lock(&m);
    struct timespec past = {1, 0};
    r = pthread_cond_timedwait(&c, &m, &past);
    u1 = pthread_cond_signal(&c);
    u2 = pthread_cond_broadcast(&c);
    printf("cond: signal %s broadcast %s timedwait %s\n", err(u1), err(u2), err(r));
    pthread_mutex_unlock(&m);
    printf("self: %d\n", pthread_equal(pthread_self(), pthread_self()));
    pthread_attr_t at;
    pthread_attr_init(&at);
    int ds = -1;
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    pthread_attr_getdetachstate(&at, &ds);
    r = pthread_attr_setstacksize(&at, 1);
    printf("attr: %d %s\n", ds == PTHREAD_CREATE_DETACHED, err(r));
    pthread_attr_destroy(&at);
    /* Process-shared attributes: kept and reported back. */
    pthread_mutexattr_t pma;
    pthread_condattr_t pca;
    pthread_rwlockattr_t pra;
    int s1 = -1, s2 = -1, s3 = -1, s4 = -1;
    pthread_mutexattr_init(&pma);
    pthread_condattr_init(&pca);
    pthread_rwlockattr_init(&pra);
    pthread_mutexattr_getpshared(&pma, &s4);
    int e1 = pthread_mutexattr_setpshared(&pma, PTHREAD_PROCESS_SHARED);
    int e2 = pthread_condattr_setpshared(&pca, PTHREAD_PROCESS_SHARED);
    int e3 = pthread_rwlockattr_setpshared(&pra, PTHREAD_PROCESS_SHARED);
    int e4 = pthread_condattr_setpshared(&pca, 7);
    pthread_mutexattr_getpshared(&pma, &s1);
    pthread_condattr_getpshared(&pca, &s2);
    pthread_rwlockattr_getpshared(&pra, &s3);
    printf("pshared: %d %d %d %d, set %s %s %s, bad %s\n", s4, s1, s2, s3, err(e1), err(e2), err(e3), err(e4));
    return 0;
}
