/* <sched.h> for voxcc: the program is its VM's only thread, so yielding
   returns at once. */
#ifndef __VOXCC_SCHED_H
#define __VOXCC_SCHED_H
int sched_yield(void);
#endif
