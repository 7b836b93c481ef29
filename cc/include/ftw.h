/* <ftw.h> (POSIX, with glibc's FTW_ACTIONRETVAL): walks a granted tree.
   Entries come in readdir's order, which in the sandbox is by name. The
   sandbox has no lstat of its own (it is stat), so with FTW_PHYS a
   symbolic link is known by its directory entry: reported as FTW_SL
   (with its target's stat), and never followed. All files are on one
   device, so FTW_MOUNT changes nothing. */
#ifndef __VOXCC_FTW_H
#define __VOXCC_FTW_H
#include <sys/stat.h>
#include <sys/types.h>
enum {
    FTW_F,   /* a file */
    FTW_D,   /* a directory, before its entries */
    FTW_DNR, /* a directory that cannot be read */
    FTW_NS,  /* stat failed */
    FTW_SL,  /* a symbolic link (FTW_PHYS) */
    FTW_DP,  /* a directory, after its entries (FTW_DEPTH) */
    FTW_SLN  /* a symbolic link to nothing */
};
enum { FTW_PHYS = 1, FTW_MOUNT = 2, FTW_CHDIR = 4, FTW_DEPTH = 8, FTW_ACTIONRETVAL = 16 };
/* What the function returns with FTW_ACTIONRETVAL. */
enum { FTW_CONTINUE = 0, FTW_STOP = 1, FTW_SKIP_SUBTREE = 2, FTW_SKIP_SIBLINGS = 3 };
struct FTW {
    int base;  /* where the last component starts in the path */
    int level; /* 0 for the starting point */
};
typedef int (*__ftw_func_t)(const char *path, const struct stat *st, int flag);
typedef int (*__nftw_func_t)(const char *path, const struct stat *st, int flag,
                             struct FTW *info);
int ftw(const char *dir, __ftw_func_t func, int descriptors);
int nftw(const char *dir, __nftw_func_t func, int descriptors, int flags);
#endif
