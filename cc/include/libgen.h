/* <libgen.h> (POSIX): the directory and last component of a path. Both may
   change the string given and return a pointer into it (or to a constant
   "." or "/"), as POSIX allows and glibc does. */
#ifndef _LIBGEN_H
#define _LIBGEN_H
char *dirname(char *path);
char *basename(char *path);
#endif
