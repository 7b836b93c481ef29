/* <sys/select.h> for voxcc: fd_set and select. Every descriptor the
   program has is always ready (files, and the standard streams: a read
   of stdin may then wait for input), and select never waits: time does not
   pass while a sandboxed program sleeps. */
#ifndef __VOXCC_SYS_SELECT_H
#define __VOXCC_SYS_SELECT_H
#include <sys/types.h>
#include <time.h>
#define FD_SETSIZE 1024
typedef struct {
    unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(unsigned long))];
} fd_set;
#define __VOXCC_FD_WORD(fd) ((fd) / (8 * (int)sizeof(unsigned long)))
#define __VOXCC_FD_BIT(fd) (1UL << ((fd) % (8 * (int)sizeof(unsigned long))))
#define FD_ZERO(s) do { for (unsigned __i = 0; __i < sizeof((s)->fds_bits) / sizeof(unsigned long); __i++) (s)->fds_bits[__i] = 0; } while (0)
#define FD_SET(fd, s) ((void)((s)->fds_bits[__VOXCC_FD_WORD(fd)] |= __VOXCC_FD_BIT(fd)))
#define FD_CLR(fd, s) ((void)((s)->fds_bits[__VOXCC_FD_WORD(fd)] &= ~__VOXCC_FD_BIT(fd)))
#define FD_ISSET(fd, s) (((s)->fds_bits[__VOXCC_FD_WORD(fd)] & __VOXCC_FD_BIT(fd)) != 0)
struct timeval;
int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds, struct timeval *timeout);
#endif
