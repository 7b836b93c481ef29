/* <ftw.h>: glibc's walk over opendir/readdir and stat. Without FTW_PHYS
   links are followed, and a directory met again (by st_dev/st_ino) is
   skipped, as glibc skips it. */
#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct walk {
    __nftw_func_t nfunc; /* nftw's function, or */
    __ftw_func_t func;   /* ftw's */
    int flags;
    char *path;
    size_t cap;
    struct FTW ftw;
    struct seen {
        dev_t dev;
        ino_t ino;
    } *seen;
    size_t nseen, capseen;
};

/* ftw knows fewer kinds: a link is a file, a dangling one unstatable. */
static const int ftw_kind[] = {FTW_F, FTW_D, FTW_DNR, FTW_NS, FTW_F, FTW_D, FTW_NS};

static int call(struct walk *w, const struct stat *st, int kind) {
    if (w->nfunc) return w->nfunc(w->path, st, kind, &w->ftw);
    return w->func(w->path, st, ftw_kind[kind]);
}

/* With FTW_CHDIR, files are named relative to the directory we are in. */
static const char *op_name(struct walk *w) {
    if (!(w->flags & FTW_CHDIR)) return w->path;
    return w->path[w->ftw.base] ? w->path + w->ftw.base : ".";
}

static int room(struct walk *w, size_t need) {
    if (need <= w->cap) return 0;
    size_t cap = w->cap * 2 > need ? w->cap * 2 : need;
    char *p = realloc(w->path, cap);
    if (!p) {
        errno = ENOMEM;
        return -1;
    }
    w->path = p;
    w->cap = cap;
    return 0;
}

/* Records directory `st`: 0, or 1 if it was seen before, or -1. */
static int remember(struct walk *w, const struct stat *st) {
    for (size_t i = 0; i < w->nseen; i++)
        if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino) return 1;
    if (w->nseen == w->capseen) {
        size_t cap = w->capseen ? w->capseen * 2 : 16;
        struct seen *s = realloc(w->seen, cap * sizeof *s);
        if (!s) {
            errno = ENOMEM;
            return -1;
        }
        w->seen = s;
        w->capseen = cap;
    }
    w->seen[w->nseen].dev = st->st_dev;
    w->seen[w->nseen++].ino = st->st_ino;
    return 0;
}

static int entry(struct walk *w, const char *name, unsigned char type);

/* The directory at w->path: FTW_D, its entries, FTW_DP. */
static int directory(struct walk *w, const struct stat *st) {
    DIR *d = opendir(op_name(w));
    if (!d) return errno == EACCES ? call(w, st, FTW_DNR) : -1;
    int r = 0;
    if (!(w->flags & FTW_DEPTH)) r = call(w, st, FTW_D);
    if (!r && (w->flags & FTW_CHDIR) && chdir(op_name(w)) < 0) r = -1;
    if (r) {
        int e = errno;
        closedir(d);
        errno = e;
        return r;
    }
    int base = w->ftw.base, top = w->ftw.level == 0;
    size_t len = strlen(w->path), dirlen = len;
    if (room(w, len + 2) < 0) {
        closedir(d);
        return -1;
    }
    if (w->path[len - 1] != '/') w->path[len++] = '/';
    w->path[len] = 0;
    w->ftw.base = (int)len;
    w->ftw.level++;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if ((r = entry(w, e->d_name, e->d_type))) break;
    }
    int err = errno;
    closedir(d);
    errno = err;
    if ((w->flags & FTW_ACTIONRETVAL) && r == FTW_SKIP_SIBLINGS) r = 0;
    w->path[dirlen] = 0;
    w->ftw.level--;
    w->ftw.base = base;
    if (!r && (w->flags & FTW_DEPTH)) r = call(w, st, FTW_DP);
    if (!top && (w->flags & FTW_CHDIR) &&
        (!r || ((w->flags & FTW_ACTIONRETVAL) && r != -1 && r != FTW_STOP)) && chdir("..") < 0)
        r = -1;
    return r;
}

static int entry(struct walk *w, const char *name, unsigned char type) {
    size_t n = strlen(name);
    if (room(w, (size_t)w->ftw.base + n + 1) < 0) return -1;
    memcpy(w->path + w->ftw.base, name, n + 1);
    struct stat st;
    int kind, r = 0;
    if ((w->flags & FTW_PHYS) && type == DT_LNK) {
        /* Not followed. The sandbox has no lstat: the entry says it is a
           link, and its stat is made from the target's, if any. */
        if (stat(op_name(w), &st) < 0) memset(&st, 0, sizeof st);
        st.st_mode = S_IFLNK | 0777;
        st.st_size = 0;
        kind = FTW_SL;
    } else if (stat(op_name(w), &st) < 0) {
        if (errno != EACCES && errno != ENOENT) return -1;
        memset(&st, 0, sizeof st);
        kind = !(w->flags & FTW_PHYS) && type == DT_LNK ? FTW_SLN : FTW_NS;
    } else {
        kind = S_ISDIR(st.st_mode) ? FTW_D : FTW_F;
    }
    if (kind == FTW_D) {
        int seen = (w->flags & FTW_PHYS) ? 0 : remember(w, &st);
        r = seen < 0 ? -1 : seen ? 0 : directory(w, &st);
    } else {
        r = call(w, &st, kind);
    }
    if ((w->flags & FTW_ACTIONRETVAL) && r == FTW_SKIP_SUBTREE) r = 0;
    return r;
}

static int start(const char *dir, struct walk *w) {
    if (w->flags & ~(FTW_PHYS | FTW_MOUNT | FTW_CHDIR | FTW_DEPTH | FTW_ACTIONRETVAL)) {
        errno = EINVAL;
        return -1;
    }
    if (!*dir) {
        errno = ENOENT;
        return -1;
    }
    size_t len = strlen(dir);
    w->cap = len + 256;
    if (!(w->path = malloc(w->cap))) {
        errno = ENOMEM;
        return -1;
    }
    memcpy(w->path, dir, len + 1);
    while (len > 1 && w->path[len - 1] == '/') w->path[--len] = 0;
    size_t base = len;
    while (base > 0 && w->path[base - 1] != '/') base--;
    w->ftw.base = (int)base;
    w->ftw.level = 0;

    int r = 0;
    char *cwd = 0;
    if (w->flags & FTW_CHDIR) {
        /* Start in the directory that holds `dir`; come back at the end. */
        if (!(cwd = getcwd(0, 0))) r = -1;
        if (!r && base == 1) {
            r = chdir("/");
        } else if (!r && base > 1) {
            w->path[base - 1] = 0;
            r = chdir(w->path);
            w->path[base - 1] = '/';
        }
    }
    if (!r) {
        struct stat st;
        if (stat(op_name(w), &st) < 0) {
            r = -1;
        } else if (S_ISDIR(st.st_mode)) {
            if (!(w->flags & FTW_PHYS)) r = remember(w, &st) < 0 ? -1 : 0;
            if (!r) r = directory(w, &st);
        } else {
            r = call(w, &st, FTW_F);
        }
        if ((w->flags & FTW_ACTIONRETVAL) && (r == FTW_SKIP_SUBTREE || r == FTW_SKIP_SIBLINGS))
            r = 0;
    }
    int err = errno;
    if (cwd) {
        chdir(cwd);
        free(cwd);
    }
    free(w->path);
    free(w->seen);
    errno = err;
    return r;
}

int nftw(const char *dir, __nftw_func_t func, int descriptors, int flags) {
    (void)descriptors; /* no limit on open directories to keep to */
    struct walk w = {0};
    w.nfunc = func;
    w.flags = flags;
    return start(dir, &w);
}

int ftw(const char *dir, __ftw_func_t func, int descriptors) {
    (void)descriptors;
    struct walk w = {0};
    w.func = func;
    return start(dir, &w);
}
