/* <features.h> for voxcc: glibc's feature-test header. Every interface
   voxcc's headers have is always visible, whatever _GNU_SOURCE,
   _POSIX_C_SOURCE... say; these describe the library. */
#ifndef __VOXCC_FEATURES_H
#define __VOXCC_FEATURES_H
#define __GLIBC_PREREQ(maj, min) 0
#define __USE_POSIX 1
#define __USE_POSIX2 1
#define __USE_POSIX199309 1
#define __USE_POSIX199506 1
#define __USE_XOPEN2K 1
#define __USE_XOPEN2K8 1
#define __USE_ISOC99 1
#define __USE_ISOC11 1
#define __USE_MISC 1
#include <sys/cdefs.h>
#endif
