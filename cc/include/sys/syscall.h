/* <sys/syscall.h> for voxcc: the x86-64 numbers of the system calls
   programs most often make by number. syscall() does getrandom, gettid,
   getpid and getppid; every other number fails with ENOSYS. */
#ifndef __VOXCC_SYS_SYSCALL_H
#define __VOXCC_SYS_SYSCALL_H
#define SYS_read 0
#define SYS_write 1
#define SYS_open 2
#define SYS_close 3
#define SYS_getpid 39
#define SYS_getppid 110
#define SYS_gettid 186
#define SYS_futex 202
#define SYS_getrandom 318
#define __NR_read SYS_read
#define __NR_write SYS_write
#define __NR_open SYS_open
#define __NR_close SYS_close
#define __NR_getpid SYS_getpid
#define __NR_getppid SYS_getppid
#define __NR_gettid SYS_gettid
#define __NR_futex SYS_futex
#define __NR_getrandom SYS_getrandom
long syscall(long number, ...);
#endif
