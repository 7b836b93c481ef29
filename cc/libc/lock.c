/* The lock word every lock of the library is built on (mutexes in
   pthread.c, streams in stdio.c): 0 free, 1 held, 2 held with waiters,
   who wait in twait and are woken by twake. The VM switches threads only
   at a step, so __vox_cas32() and __vox_xchg32(), written without a branch, are
   atomic. */

#include <time.h>

/* Compare-and-swap: the old value; *p = d if it was e. */
int __vox_cas32(volatile int *p, int e, int d) {
    int o = *p;
    int m = -(o == e);
    *p = o ^ ((o ^ d) & m);
    return o;
}

int __vox_xchg32(volatile int *p, int v) {
    int o = *p;
    *p = v;
    return o;
}

void __vox_lock(int *w) {
    if (__vox_cas32(w, 0, 1) == 0) return;
    while (__vox_xchg32(w, 2) != 0) __builtin_vox("twait", w, 2);
}

int __vox_trylock(int *w) { return __vox_cas32(w, 0, 1) == 0; }

void __vox_unlock(int *w) {
    if (__vox_xchg32(w, 0) == 2) __builtin_vox("twake", w, 1ul);
}

/* Whether the absolute time `deadline` on `clock` has passed: timed waits
   (pthread.c, semaphore.c) take turns until it has. */
int __vox_passed(const struct timespec *deadline, clockid_t clock) {
    struct timespec now;
    clock_gettime(clock, &now);
    return now.tv_sec > deadline->tv_sec ||
           (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec);
}
