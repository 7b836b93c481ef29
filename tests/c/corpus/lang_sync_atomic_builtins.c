/* gcc's __sync_* and __atomic_* builtins on one thread: each the plain
   operation, returning what gcc's return. */
#include <stdio.h>

int main(void) {
    int x = 5, y = 6;
    long l = 100;
    unsigned char u = 0xf0;
    int a = __sync_fetch_and_sub(&x, 1);
    int b = __sync_bool_compare_and_swap(&x, 4, 9);
    int b2 = __sync_bool_compare_and_swap(&x, 4, 11);
    int v = __sync_val_compare_and_swap(&x, 9, 12);
    printf("sync: %d %d %d %d x=%d\n", a, b, b2, v, x);
    long n1 = __sync_add_and_fetch(&l, 5);
    long n2 = __sync_fetch_and_or(&l, 3);
    long n3 = __sync_and_and_fetch(&l, 0x6e);
    long n4 = __sync_xor_and_fetch(&l, 0xff);
    printf("sync long: %ld %ld %ld %ld l=%ld\n", n1, n2, n3, n4, l);
    unsigned char t = __sync_fetch_and_nand(&u, 0x3c);
    printf("nand: %#x %#x\n", t, u);
    int old = __sync_lock_test_and_set(&y, 42);
    __sync_synchronize();
    printf("test_and_set: %d y=%d\n", old, y);
    __sync_lock_release(&y);
    printf("released y=%d\n", y);

    int c = __atomic_fetch_add(&y, 2, __ATOMIC_SEQ_CST);
    int d = __atomic_sub_fetch(&y, 1, __ATOMIC_RELAXED);
    __atomic_store_n(&y, 7, __ATOMIC_RELEASE);
    int e = __atomic_exchange_n(&y, 8, __ATOMIC_ACQ_REL);
    int expected = 8;
    int ok = __atomic_compare_exchange_n(&y, &expected, 20, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    int expected2 = 8;
    int ok2 = __atomic_compare_exchange_n(&y, &expected2, 30, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
    printf("atomic: %d %d %d %d %d %d expected2=%d y=%d\n", c, d, e, ok, ok2,
           __atomic_load_n(&y, __ATOMIC_ACQUIRE), expected2, y);
    int r, val = 3;
    __atomic_load(&y, &r, __ATOMIC_SEQ_CST);
    __atomic_store(&x, &val, __ATOMIC_SEQ_CST);
    printf("generic: r=%d x=%d\n", r, x);
    /* In uintptr_t, as gcc: a pointer moves by bytes, signed values wrap. */
    int arr[4] = {10, 20, 30, 40};
    int *ip = arr;
    __atomic_fetch_add(&ip, sizeof(int), __ATOMIC_SEQ_CST);
    int *ip2 = __sync_add_and_fetch(&ip, 2 * sizeof(int));
    signed char sc = 127;
    signed char before = __sync_fetch_and_add(&sc, 1);
    printf("pointer %d %d, wrap %d -> %d\n", *ip, *ip2, before, sc);
    char flag = 0;
    int was = __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST);
    int was2 = __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST);
    __atomic_clear(&flag, __ATOMIC_SEQ_CST);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    printf("flag: %d %d %d lock-free %d\n", was, was2, flag, __atomic_always_lock_free(sizeof(long), 0));
    return 0;
}
