/* <sys/uio.h> for voxcc: scatter/gather I/O over read and write. */
#ifndef __VOXCC_SYS_UIO_H
#define __VOXCC_SYS_UIO_H
#include <sys/types.h>
struct iovec {
    void *iov_base;
    size_t iov_len;
};
#define IOV_MAX 1024
#define UIO_MAXIOV IOV_MAX
ssize_t readv(int fd, const struct iovec *iov, int iovcnt);
ssize_t writev(int fd, const struct iovec *iov, int iovcnt);
ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t off);
ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t off);
#endif
