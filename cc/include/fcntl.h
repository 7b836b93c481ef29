/* <fcntl.h> for voxcc: open and creat over the directories the host grants
   (flags as on Linux; a new file's mode is 0666, the permission argument is
   ignored). */
#ifndef __VOXCC_FCNTL_H
#define __VOXCC_FCNTL_H
#include <sys/types.h>
#define O_RDONLY 0
#define O_WRONLY 1
#define O_RDWR 2
#define O_ACCMODE 3
#define O_CREAT 0100
#define O_EXCL 0200
#define O_NOCTTY 0400
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_CLOEXEC 02000000
#define O_BINARY 0
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
int open(const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
#endif
