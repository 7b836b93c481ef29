/* <utime.h> for voxcc: file times, for files in a writable grant. */
#ifndef __VOXCC_UTIME_H
#define __VOXCC_UTIME_H
#include <sys/types.h>
struct utimbuf {
    time_t actime;  /* access time */
    time_t modtime; /* modification time */
};
int utime(const char *path, const struct utimbuf *times);
#endif
