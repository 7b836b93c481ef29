/* <fcntl.h> for voxcc: open and creat over the directories the host grants
   (flags as on Linux; a new file's mode is 0666, the permission argument is
   ignored). fcntl answers F_GETFD/F_SETFD/F_GETFL/F_SETFL (flags are
   accepted and ignored; F_GETFL reports O_RDONLY for 0, O_WRONLY for 1 and
   2, O_RDWR otherwise) and the record locks (always granted: the program
   is alone in its VM); F_DUPFD and F_DUPFD_CLOEXEC duplicate a file's
   descriptor as dup does. */
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
#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#define F_DUPFD_CLOEXEC 1030
#define FD_CLOEXEC 1
#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2
struct flock {
    short l_type;
    short l_whence;
    off_t l_start;
    off_t l_len;
    pid_t l_pid;
};
int open(const char *path, int flags, ...);
int fcntl(int fd, int cmd, ...);
int creat(const char *path, mode_t mode);
#endif
