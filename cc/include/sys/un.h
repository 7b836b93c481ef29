/* <sys/un.h> for voxcc: Unix-domain socket addresses (glibc's layout).
   The sandbox has no sockets of any family: socket(AF_UNIX, ...) fails
   with EACCES. */
#ifndef __VOXCC_SYS_UN_H
#define __VOXCC_SYS_UN_H
#include <string.h>
#include <sys/socket.h>
struct sockaddr_un {
    sa_family_t sun_family;
    char sun_path[108];
};
/* The length of the address up to the end of its path. */
#define SUN_LEN(ptr) \
    (__builtin_offsetof(struct sockaddr_un, sun_path) + strlen((ptr)->sun_path))
#endif
