/* <memory.h>: the old BSD name of <string.h>, kept by glibc. */
#ifndef _MEMORY_H
#define _MEMORY_H
#include <string.h>
#endif
