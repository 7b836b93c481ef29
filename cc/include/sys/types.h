/* <sys/types.h> for voxcc: the POSIX types (LP64, as glibc on x86-64). */
#ifndef __VOXCC_SYS_TYPES_H
#define __VOXCC_SYS_TYPES_H
#include <stddef.h>
#ifndef __VOX_SSIZE_T
#define __VOX_SSIZE_T
typedef long ssize_t;
#endif
#ifndef __VOX_OFF_T
#define __VOX_OFF_T
typedef long off_t;
#endif
#ifndef __VOX_TIME_T
#define __VOX_TIME_T
typedef long time_t;
typedef long clock_t;
#endif
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;
typedef unsigned int id_t;
typedef unsigned int useconds_t;
typedef long suseconds_t;
typedef int clockid_t;
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
#endif
