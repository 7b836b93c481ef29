/* <sched.h> for voxcc: sched_yield gives the VM to the next thread (see
   <pthread.h>). */
#ifndef __VOXCC_SCHED_H
#define __VOXCC_SCHED_H
int sched_yield(void);
/* The scheduling parameters other headers (spawn.h, pthread.h) carry. */
struct sched_param {
    int sched_priority;
};
#define SCHED_OTHER 0
#define SCHED_FIFO 1
#define SCHED_RR 2
#endif
