/* C11 <stdatomic.h> in one thread: every generic function, the flag, the
   explicit forms and atomic pointers (not atomic_fetch_add on one: gcc adds
   bytes, as its PR 64843 says, where clang and voxvm scale as `+` does). */
#include <stdio.h>
#include <stdatomic.h>

static atomic_int counter = ATOMIC_VAR_INIT(5);
static _Atomic(long) total;
static atomic_flag flag = ATOMIC_FLAG_INIT;

int main(void) {
    int old = atomic_fetch_add(&counter, 3);
    printf("fetch_add %d -> %d\n", old, atomic_load(&counter));
    old = atomic_fetch_sub_explicit(&counter, 10, memory_order_relaxed);
    printf("fetch_sub %d -> %d\n", old, atomic_load_explicit(&counter, memory_order_acquire));
    atomic_store(&counter, 0xf0);
    int o1 = atomic_fetch_or(&counter, 0x0f);
    int o2 = atomic_fetch_and(&counter, 0x3c);
    int o3 = atomic_fetch_xor(&counter, 0xff);
    printf("or %d and %d xor %d -> %d\n", o1, o2, o3, atomic_load(&counter));
    o1 = atomic_exchange(&counter, 42);
    printf("exchange %d -> %d\n", o1, counter);

    int expected = 41;
    _Bool ok = atomic_compare_exchange_strong(&counter, &expected, 7);
    printf("cas fail %d expected now %d value %d\n", ok, expected, counter);
    ok = atomic_compare_exchange_weak(&counter, &expected, 7);
    printf("cas ok %d value %d\n", ok, counter);

    for (long i = 1; i <= 100; i++) atomic_fetch_add_explicit(&total, i, memory_order_seq_cst);
    printf("total %ld\n", atomic_load(&total));
    total++;
    total += 10;
    printf("plain ops %ld\n", (long)total);

    int arr[4] = {10, 20, 30, 40};
    _Atomic(int *) p;
    atomic_init(&p, arr);
    int *was = atomic_exchange(&p, arr + 3);
    printf("pointer %d -> %d\n", *was, *atomic_load(&p));

    o1 = atomic_flag_test_and_set(&flag);
    o2 = atomic_flag_test_and_set(&flag);
    printf("flag %d %d", o1, o2);
    atomic_flag_clear(&flag);
    printf(" %d\n", atomic_flag_test_and_set_explicit(&flag, memory_order_acq_rel));
    atomic_thread_fence(memory_order_seq_cst);
    atomic_signal_fence(memory_order_seq_cst);
    printf("lock free %d %d\n", atomic_is_lock_free(&counter), ATOMIC_INT_LOCK_FREE);
    atomic_bool b = 0;
    atomic_store(&b, 1);
    atomic_ullong u = 0;
    atomic_fetch_sub(&u, 1);
    printf("bool %d ullong %llu sizes %zu %zu\n", (int)atomic_load(&b), (unsigned long long)u,
           sizeof(atomic_int), sizeof(atomic_llong));
    return 0;
}
