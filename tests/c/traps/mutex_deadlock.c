// trap: deadlock: every thread is waiting (2 threads)
// in: __vox_lock
// (each thread holds the mutex the other waits for: the VM traps instead of hanging)
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER, b = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t both;
static void *other(void *p) {
    (void)p;
    pthread_mutex_lock(&b);
    pthread_barrier_wait(&both);
    pthread_mutex_lock(&a);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_barrier_init(&both, 0, 2);
    pthread_create(&t, 0, other, 0);
    pthread_mutex_lock(&a);
    pthread_barrier_wait(&both);
    pthread_mutex_lock(&b); /* CALLER */
    puts("not reached");
    return 0;
}
