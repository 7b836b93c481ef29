/* errno: its own archive member, so that code which only sets errno does
   not pull strerror's message table into the program. */
#include <errno.h>

int errno;
