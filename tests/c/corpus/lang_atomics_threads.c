/* Atomic operations from several threads at once: each kind of update is
   done 4 x 5000 times and none may be lost (a lost one shows in the sums).
   C11 <stdatomic.h>, gcc's __atomic and __sync builtins, and a spin lock
   made of test-and-set. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_long c11_add;
static atomic_int c11_cas;
static _Atomic(double) c11_dbl;
static long gnu_add, gnu_cas, gnu_or;
static unsigned sync_sub = 4 * 5000;
static int spin, under_spin;
static long *_Atomic stack_top;
static long cells[4 * 5000];

static void *work(void *arg) {
    long id = (long)arg;
    for (int i = 0; i < 5000; i++) {
        atomic_fetch_add(&c11_add, 2);
        int old = atomic_load(&c11_cas);
        while (!atomic_compare_exchange_weak(&c11_cas, &old, old + 3)) {
        }
        double d = atomic_load(&c11_dbl);
        while (!atomic_compare_exchange_strong(&c11_dbl, &d, d + 0.5)) {
        }
        __atomic_add_fetch(&gnu_add, 1, __ATOMIC_SEQ_CST);
        long o = __atomic_load_n(&gnu_cas, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&gnu_cas, &o, o + 5, 1, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        }
        __sync_fetch_and_or(&gnu_or, 1L << (id * 8 + i % 8));
        __sync_sub_and_fetch(&sync_sub, 1);
        while (__sync_lock_test_and_set(&spin, 1)) sched_yield();
        under_spin++;
        __sync_lock_release(&spin);
        /* A lock-free stack push of one cell. */
        long *cell = &cells[id * 5000 + i];
        long *top = atomic_load(&stack_top);
        do *cell = (long)top;
        while (!atomic_compare_exchange_weak(&stack_top, &top, cell));
    }
    return 0;
}

int main(void) {
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, work, (void *)i);
    for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
    long n = 0;
    for (long *p = atomic_load(&stack_top); p; p = (long *)*p) n++;
    printf("c11: add %ld cas %d double %.1f\n", (long)c11_add, (int)c11_cas, (double)c11_dbl);
    printf("gnu: add %ld cas %ld or %#lx sub %u spin %d stack %ld\n", gnu_add, gnu_cas, gnu_or, sync_sub,
           under_spin, n);
    return 0;
}
