/* <glob.h> (POSIX, with glibc's extensions): path name expansion over the
   granted directories (voxvm --dir), with fnmatch. Results are sorted by
   strcmp (strcoll in the C locale) unless GLOB_NOSORT; then they come in
   readdir's order, which in the sandbox is also by name. `~user` names
   no one (there is no user database): GLOB_TILDE leaves it as it is. */
#ifndef __VOXCC_GLOB_H
#define __VOXCC_GLOB_H
#include <stddef.h>
#define GLOB_ERR (1 << 0)
#define GLOB_MARK (1 << 1)
#define GLOB_NOSORT (1 << 2)
#define GLOB_DOOFFS (1 << 3)
#define GLOB_NOCHECK (1 << 4)
#define GLOB_APPEND (1 << 5)
#define GLOB_NOESCAPE (1 << 6)
#define GLOB_PERIOD (1 << 7)
#define GLOB_MAGCHAR (1 << 8)
#define GLOB_ALTDIRFUNC (1 << 9)
#define GLOB_BRACE (1 << 10)
#define GLOB_NOMAGIC (1 << 11)
#define GLOB_TILDE (1 << 12)
#define GLOB_ONLYDIR (1 << 13)
#define GLOB_TILDE_CHECK (1 << 14)
#define GLOB_NOSPACE 1
#define GLOB_ABORTED 2
#define GLOB_NOMATCH 3
#define GLOB_NOSYS 4
#define GLOB_ABEND GLOB_ABORTED
struct dirent;
struct stat;
typedef struct {
    size_t gl_pathc;
    char **gl_pathv;
    size_t gl_offs;
    int gl_flags;
    /* With GLOB_ALTDIRFUNC, used instead of closedir, readdir, opendir,
       lstat and stat. */
    void (*gl_closedir)(void *);
    struct dirent *(*gl_readdir)(void *);
    void *(*gl_opendir)(const char *);
    int (*gl_lstat)(const char *, struct stat *);
    int (*gl_stat)(const char *, struct stat *);
} glob_t;
int glob(const char *pattern, int flags, int (*errfunc)(const char *path, int err),
         glob_t *pglob);
void globfree(glob_t *pglob);
#endif
