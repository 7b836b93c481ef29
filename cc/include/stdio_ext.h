/* <stdio_ext.h> for voxcc (glibc/Solaris): what a stream's buffer holds,
   as gnulib's close_stdout and friends ask. Streams have one user (the
   program is single-threaded): their locking is always internal. */
#ifndef __VOXCC_STDIO_EXT_H
#define __VOXCC_STDIO_EXT_H
#include <stdio.h>
enum { FSETLOCKING_QUERY = 0, FSETLOCKING_INTERNAL, FSETLOCKING_BYCALLER };
#define FSETLOCKING_QUERY FSETLOCKING_QUERY
#define FSETLOCKING_INTERNAL FSETLOCKING_INTERNAL
#define FSETLOCKING_BYCALLER FSETLOCKING_BYCALLER
size_t __fbufsize(FILE *f);
int __freading(FILE *f);
int __fwriting(FILE *f);
int __freadable(FILE *f);
int __fwritable(FILE *f);
int __flbf(FILE *f);
void __fpurge(FILE *f);
size_t __fpending(FILE *f);
void _flushlbf(void);
int __fsetlocking(FILE *f, int type);
#endif
