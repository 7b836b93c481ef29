// trap: out-of-bounds access: 4 bytes at 0x0
// in: work
// (a trap in a thread the program started names that thread's function and line)
#include <pthread.h>
#include <stddef.h>
static void *work(void *p) {
    int *q = p;
    return (void *)(long)*q; /* TRAP */
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, work, NULL);
    pthread_join(t, 0);
    return 0;
}
