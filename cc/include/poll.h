/* <poll.h> for voxcc: as select, every open descriptor is ready for what
   is asked (a read may then return 0 at end of input) and poll never
   waits; a descriptor that is not open reports POLLNVAL. */
#ifndef __VOXCC_POLL_H
#define __VOXCC_POLL_H
#define POLLIN 0x001
#define POLLPRI 0x002
#define POLLOUT 0x004
#define POLLERR 0x008
#define POLLHUP 0x010
#define POLLNVAL 0x020
#define POLLRDNORM 0x040
#define POLLRDBAND 0x080
#define POLLWRNORM 0x100
#define POLLWRBAND 0x200
typedef unsigned long nfds_t;
struct pollfd {
    int fd;
    short events;
    short revents;
};
int poll(struct pollfd *fds, nfds_t nfds, int timeout);
#endif
