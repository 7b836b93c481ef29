/* <sys/times.h> for voxcc: times() in clock ticks of 1/100 s (sysconf's
   _SC_CLK_TCK on Linux): the user time is the VM thread's CPU time, system
   and children's times are 0, the result is the monotonic clock. */
#ifndef __VOXCC_SYS_TIMES_H
#define __VOXCC_SYS_TIMES_H
#include <sys/types.h>
struct tms {
    clock_t tms_utime;
    clock_t tms_stime;
    clock_t tms_cutime;
    clock_t tms_cstime;
};
clock_t times(struct tms *buf);
#endif
