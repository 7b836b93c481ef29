/* _Thread_local and __thread: each thread has its own copy, which starts
   from the initializer (not from what another thread has written), at
   its own address; errno is per thread too. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Thread_local int counter = 100;
static __thread char name[16] = "initial";
__thread struct {
    double d;
    long arr[3];
} rec = {1.5, {1, 2, 3}};

static int bump(void) {
    static _Thread_local int calls;
    return ++calls;
}

struct result {
    int counter, calls, err;
    char name[16];
    long sum;
    const void *addr;
};

static void *work(void *arg) {
    long id = (long)arg;
    struct result *r = malloc(sizeof *r);
    counter += (int)id;
    snprintf(name, sizeof name, "thread %ld", id);
    for (int i = 0; i < 3; i++) rec.arr[i] *= id;
    for (int i = 0; i < (int)id; i++) bump();
    errno = 10 + (int)id;
    sched_yield();
    r->counter = counter;
    r->calls = bump();
    r->err = errno;
    strcpy(r->name, name);
    r->sum = rec.arr[0] + rec.arr[1] + rec.arr[2] + (long)rec.d;
    r->addr = &counter;
    return r;
}

int main(void) {
    counter = 5; /* the threads still start from 100 */
    strcpy(name, "main");
    errno = 0;
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, work, (void *)(i + 1));
    const void *addrs[3];
    for (int i = 0; i < 3; i++) {
        struct result *r;
        pthread_join(t[i], (void **)&r);
        printf("%s: counter %d, calls %d, errno %d, sum %ld\n", r->name, r->counter, r->calls, r->err, r->sum);
        addrs[i] = r->addr;
        free(r);
    }
    printf("main: counter %d, name %s, calls %d, errno %d\n", counter, name, bump(), errno);
    printf("distinct addresses: %d\n", addrs[0] != addrs[1] && addrs[1] != addrs[2] && addrs[0] != (void *)&counter);
    return 0;
}
