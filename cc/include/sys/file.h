/* <sys/file.h> for voxcc: flock. The program is alone with its files, so
   every lock is granted at once. */
#ifndef __VOXCC_SYS_FILE_H
#define __VOXCC_SYS_FILE_H
#include <fcntl.h>
#define LOCK_SH 1
#define LOCK_EX 2
#define LOCK_NB 4
#define LOCK_UN 8
int flock(int fd, int operation);
#endif
