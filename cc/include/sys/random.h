/* <sys/random.h> for voxcc: getrandom reads the host's entropy, or under
   voxvm --random=seed:N a fixed stream (reproducible runs). It never
   blocks, so the flags change nothing. */
#ifndef __VOXCC_SYS_RANDOM_H
#define __VOXCC_SYS_RANDOM_H
#include <sys/types.h>
#define GRND_NONBLOCK 0x01
#define GRND_RANDOM 0x02
#define GRND_INSECURE 0x04
ssize_t getrandom(void *buf, size_t len, unsigned int flags);
int getentropy(void *buf, size_t len);
#endif
