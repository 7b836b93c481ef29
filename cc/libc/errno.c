/* errno: its own archive member, so that code which only sets errno does
   not pull strerror's message table into the program. Each thread has its
   own (a thread-local object). */
#include <errno.h>

static _Thread_local int tls_errno;

int *__errno_location(void) { return &tls_errno; }
