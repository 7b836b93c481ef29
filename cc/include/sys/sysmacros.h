/* <sys/sysmacros.h> for voxcc: device numbers split and joined as glibc
   does (12-bit major and 20-bit minor in the classic places). */
#ifndef __VOXCC_SYS_SYSMACROS_H
#define __VOXCC_SYS_SYSMACROS_H
#include <sys/types.h>
static inline unsigned int gnu_dev_major(dev_t dev) {
    return ((unsigned int)(dev >> 8) & 0xfff) | ((unsigned int)(dev >> 32) & ~0xfffu);
}
static inline unsigned int gnu_dev_minor(dev_t dev) {
    return ((unsigned int)dev & 0xff) | ((unsigned int)(dev >> 12) & ~0xffu);
}
static inline dev_t gnu_dev_makedev(unsigned int major, unsigned int minor) {
    return (dev_t)((minor & 0xff) | ((major & 0xfff) << 8)) |
           ((dev_t)(minor & ~0xffu) << 12) | ((dev_t)(major & ~0xfffu) << 32);
}
#define major(dev) gnu_dev_major(dev)
#define minor(dev) gnu_dev_minor(dev)
#define makedev(maj, min) gnu_dev_makedev(maj, min)
#endif
