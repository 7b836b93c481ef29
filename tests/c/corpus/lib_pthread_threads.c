/* POSIX threads that really run together: the results are the same under
   any interleaving (every line is printed by main after the joins), so
   glibc's preemptive threads and voxvm's turns must agree. */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4

/* A counter under a mutex, and join values. */
static pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *count(void *arg) {
    long id = (long)arg;
    for (int i = 0; i < 20000; i++) {
        pthread_mutex_lock(&count_lock);
        long c = counter;
        if (i % 1000 == 0) sched_yield(); /* another thread may try the lock now */
        counter = c + 1;
        pthread_mutex_unlock(&count_lock);
    }
    return (void *)(id * id);
}

/* A bounded queue with two condition variables: producers and consumers. */
#define QSIZE 8
static struct {
    pthread_mutex_t lock;
    pthread_cond_t not_empty, not_full;
    int items[QSIZE];
    int head, len, done;
} q = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER, {0}, 0, 0, 0};

static void *produce(void *arg) {
    int base = (int)(long)arg;
    for (int i = 1; i <= 500; i++) {
        pthread_mutex_lock(&q.lock);
        while (q.len == QSIZE) pthread_cond_wait(&q.not_full, &q.lock);
        q.items[(q.head + q.len++) % QSIZE] = base + i;
        pthread_cond_signal(&q.not_empty);
        pthread_mutex_unlock(&q.lock);
    }
    return 0;
}

static void *consume(void *arg) {
    long *sum = arg;
    for (;;) {
        pthread_mutex_lock(&q.lock);
        while (q.len == 0 && !q.done) pthread_cond_wait(&q.not_empty, &q.lock);
        if (q.len == 0) {
            pthread_mutex_unlock(&q.lock);
            return 0;
        }
        int v = q.items[q.head];
        q.head = (q.head + 1) % QSIZE;
        q.len--;
        pthread_cond_signal(&q.not_full);
        pthread_mutex_unlock(&q.lock);
        *sum += v;
    }
}

/* Thread-specific data with a destructor; errno per thread. */
static pthread_key_t key;
static pthread_mutex_t dtor_lock = PTHREAD_MUTEX_INITIALIZER;
static long dtor_sum;
static void dtor(void *v) {
    pthread_mutex_lock(&dtor_lock);
    dtor_sum += *(long *)v;
    pthread_mutex_unlock(&dtor_lock);
    free(v);
}

static int once_runs;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void init_once(void) {
    sched_yield(); /* the others arrive while it runs: they must wait */
    once_runs++;
}

static void *specific(void *arg) {
    long id = (long)arg;
    pthread_once(&once, init_once);
    long *v = malloc(sizeof *v);
    *v = 100 + id;
    pthread_setspecific(key, v);
    errno = (int)id + 1;
    sched_yield();
    long mine = *(long *)pthread_getspecific(key);
    return (void *)(long)(mine == 100 + id && errno == (int)id + 1 && once_runs == 1);
}

/* A barrier: exactly one serial thread per round. */
static pthread_barrier_t barrier;
static int serials;
static pthread_mutex_t serial_lock = PTHREAD_MUTEX_INITIALIZER;
static int phase_seen[THREADS][3];
static int phase;

static void *rounds(void *arg) {
    long id = (long)arg;
    for (int r = 0; r < 3; r++) {
        phase_seen[id][r] = phase;
        if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD) {
            pthread_mutex_lock(&serial_lock);
            serials++;
            phase++;
            pthread_mutex_unlock(&serial_lock);
        }
        pthread_barrier_wait(&barrier);
    }
    return 0;
}

/* Read-write lock: readers see a consistent pair. */
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long pair_a, pair_b;
static void *writer(void *arg) {
    (void)arg;
    for (int i = 0; i < 300; i++) {
        pthread_rwlock_wrlock(&rw);
        pair_a++;
        sched_yield();
        pair_b++;
        pthread_rwlock_unlock(&rw);
    }
    return 0;
}
static void *reader(void *arg) {
    long bad = 0;
    (void)arg;
    for (int i = 0; i < 300; i++) {
        pthread_rwlock_rdlock(&rw);
        if (pair_a != pair_b) bad++;
        pthread_rwlock_unlock(&rw);
        sched_yield();
    }
    return (void *)bad;
}

/* A detached thread reports through a semaphore. */
static sem_t sem;
static int detached_value;
static void *detached(void *arg) {
    detached_value = (int)(long)arg;
    sem_post(&sem);
    return 0;
}

/* Cancellation while waiting on a condition variable: the cleanup handler
   runs with the mutex held again. */
static pthread_mutex_t cm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static int cleaned, waiting;
static void cleanup(void *arg) {
    cleaned = *(int *)arg;
    pthread_mutex_unlock(&cm);
}
static void *cancellable(void *arg) {
    (void)arg;
    int tag = 77;
    pthread_mutex_lock(&cm);
    pthread_cleanup_push(cleanup, &tag);
    waiting = 1;
    for (;;) pthread_cond_wait(&never, &cm);
    pthread_cleanup_pop(0);
    return 0;
}

int main(void) {
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], 0, count, (void *)i);
    long joined = 0;
    for (int i = 0; i < THREADS; i++) {
        void *r;
        pthread_join(t[i], &r);
        joined += (long)r;
    }
    printf("counter %ld, join values sum %ld\n", counter, joined);

    pthread_t prod[2], cons[2];
    long sums[2] = {0, 0};
    for (int i = 0; i < 2; i++) pthread_create(&cons[i], 0, consume, &sums[i]);
    for (int i = 0; i < 2; i++) pthread_create(&prod[i], 0, produce, (void *)(long)(i * 1000));
    for (int i = 0; i < 2; i++) pthread_join(prod[i], 0);
    pthread_mutex_lock(&q.lock);
    q.done = 1;
    pthread_cond_broadcast(&q.not_empty);
    pthread_mutex_unlock(&q.lock);
    for (int i = 0; i < 2; i++) pthread_join(cons[i], 0);
    printf("queue: consumed sum %ld (expected %ld)\n", sums[0] + sums[1], 2L * 125250 + 500L * 1000);

    pthread_key_create(&key, dtor);
    int ok = 0;
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], 0, specific, (void *)i);
    for (int i = 0; i < THREADS; i++) {
        void *r;
        pthread_join(t[i], &r);
        ok += (int)(long)r;
    }
    printf("specific: %d of %d threads saw their own value and errno; destructors sum %ld; once ran %d\n",
           ok, THREADS, dtor_sum, once_runs);
    pthread_key_delete(key);

    pthread_barrier_init(&barrier, 0, THREADS);
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], 0, rounds, (void *)i);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], 0);
    int phases_ok = 1;
    for (int i = 0; i < THREADS; i++)
        for (int r = 0; r < 3; r++) phases_ok &= phase_seen[i][r] == r;
    printf("barrier: %d serial threads, phases in step: %d\n", serials, phases_ok);
    pthread_barrier_destroy(&barrier);

    pthread_t w, rd[2];
    pthread_create(&w, 0, writer, 0);
    for (int i = 0; i < 2; i++) pthread_create(&rd[i], 0, reader, 0);
    long bad = 0;
    pthread_join(w, 0);
    for (int i = 0; i < 2; i++) {
        void *r;
        pthread_join(rd[i], &r);
        bad += (long)r;
    }
    printf("rwlock: %ld/%ld, torn reads %ld\n", pair_a, pair_b, bad);

    sem_init(&sem, 0, 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 64 * 1024);
    pthread_t d;
    pthread_create(&d, &attr, detached, (void *)42L);
    pthread_attr_destroy(&attr);
    sem_wait(&sem);
    printf("detached: %d\n", detached_value);

    pthread_t c;
    pthread_create(&c, 0, cancellable, 0);
    for (;;) {
        pthread_mutex_lock(&cm);
        int w8 = waiting;
        pthread_mutex_unlock(&cm);
        if (w8) break;
        sched_yield();
    }
    pthread_cancel(c);
    void *cr;
    pthread_join(c, &cr);
    printf("cancel: %s, cleanup %d\n", cr == PTHREAD_CANCELED ? "canceled" : "returned", cleaned);

    printf("self join: %s\n", pthread_join(pthread_self(), 0) == EDEADLK ? "EDEADLK" : "?");
    return 0;
}
