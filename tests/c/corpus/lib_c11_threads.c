/* C11 <threads.h> with threads that run together: thrd_create/join with
   int results, mtx (plain and recursive), cnd, call_once, tss with a
   destructor, thrd_yield and thrd_sleep. Printed by main after the joins. */
#include <stdio.h>
#include <threads.h>

static mtx_t lock;
static cnd_t turn_changed;
static int turn; /* whose turn it is, 0..3, in a ping-pong round */
static long total;
static once_flag once = ONCE_FLAG_INIT;
static int inits;
static tss_t slot;
static int dtor_calls;

static void init(void) { inits++; }
static void dtor(void *p) {
    mtx_lock(&lock);
    dtor_calls += *(int *)p;
    mtx_unlock(&lock);
}

static int player(void *arg) {
    int me = *(int *)arg;
    call_once(&once, init);
    tss_set(slot, arg);
    for (int round = 0; round < 50; round++) {
        mtx_lock(&lock);
        while (turn != me) cnd_wait(&turn_changed, &lock);
        total += me + 1;
        turn = (turn + 1) % 4;
        cnd_broadcast(&turn_changed);
        mtx_unlock(&lock);
        if (round % 7 == 0) thrd_yield();
    }
    struct timespec nap = {0, 1000};
    thrd_sleep(&nap, 0);
    return *(int *)tss_get(slot) * 10;
}

static mtx_t rec;
static int depth(int n) {
    if (mtx_lock(&rec) != thrd_success) return -1;
    int d = n == 0 ? 0 : 1 + depth(n - 1);
    mtx_unlock(&rec);
    return d;
}

int main(void) {
    mtx_init(&lock, mtx_plain);
    mtx_init(&rec, mtx_plain | mtx_recursive);
    cnd_init(&turn_changed);
    tss_create(&slot, dtor);
    thrd_t t[4];
    int ids[4] = {0, 1, 2, 3};
    for (int i = 0; i < 4; i++)
        if (thrd_create(&t[i], player, &ids[i]) != thrd_success) return 1;
    int results = 0;
    for (int i = 0; i < 4; i++) {
        int r;
        thrd_join(t[i], &r);
        results += r;
    }
    printf("total %ld, results %d, once %d, tss destructors %d\n", total, results, inits, dtor_calls);
    printf("recursive depth %d\n", depth(5));
    printf("equal self %d, trylock held %d\n", thrd_equal(thrd_current(), thrd_current()),
           (mtx_lock(&lock), mtx_trylock(&lock) == thrd_busy));
    mtx_unlock(&lock);
    cnd_destroy(&turn_changed);
    mtx_destroy(&lock);
    mtx_destroy(&rec);
    tss_delete(slot);
    return 0;
}
