/* <fnmatch.h> (POSIX): shell wildcard matching, with glibc's answers in
   the C locale (bytes; `[a-z]` ranges by byte value). FNM_EXTMATCH
   (ksh's `@(...)` patterns) is not supported, so it is not defined. */
#ifndef __VOXCC_FNMATCH_H
#define __VOXCC_FNMATCH_H
#define FNM_PATHNAME (1 << 0)
#define FNM_NOESCAPE (1 << 1)
#define FNM_PERIOD (1 << 2)
#define FNM_FILE_NAME FNM_PATHNAME
#define FNM_LEADING_DIR (1 << 3)
#define FNM_CASEFOLD (1 << 4)
#define FNM_IGNORECASE FNM_CASEFOLD
#define FNM_NOMATCH 1
#define FNM_NOSYS (-1)
int fnmatch(const char *pattern, const char *string, int flags);
#endif
