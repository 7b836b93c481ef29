/* <dirent.h>: directory listings from the host side (`__vox_opendir`,
   `__vox_readdir`), over the descriptor that holds them. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int __vox_opendir(const char *path);
int __vox_readdir(int fd, char *name, size_t cap);

struct __voxcc_dir {
    int fd;
    long pos;
    struct dirent ent;
};

DIR *opendir(const char *path) {
    if (!path) {
        errno = EFAULT;
        return 0;
    }
    int fd = __vox_opendir(path);
    if (fd < 0) {
        errno = -fd;
        return 0;
    }
    DIR *d = malloc(sizeof *d);
    if (!d) {
        close(fd);
        errno = ENOMEM;
        return 0;
    }
    d->fd = fd;
    d->pos = 0;
    return d;
}

/* The next entry into `e`: 1, or 0 at the end, or -1 with errno set. */
static int next(DIR *d, struct dirent *e) {
    int r = __vox_readdir(d->fd, e->d_name, sizeof e->d_name);
    if (r < 0) {
        errno = -r;
        return -1;
    }
    if (r == 0) return 0;
    d->pos++;
    /* No inode numbers cross the sandbox: each entry's is its position. */
    e->d_ino = (ino_t)d->pos;
    e->d_off = d->pos;
    e->d_reclen = sizeof *e;
    e->d_type = (unsigned char)(r - 1);
    return 1;
}

struct dirent *readdir(DIR *d) { return next(d, &d->ent) > 0 ? &d->ent : 0; }

int readdir_r(DIR *d, struct dirent *entry, struct dirent **result) {
    int saved = errno;
    int r = next(d, entry);
    *result = r > 0 ? entry : 0;
    if (r < 0) {
        int e = errno;
        errno = saved;
        return e;
    }
    return 0;
}

int closedir(DIR *d) {
    int r = close(d->fd);
    free(d);
    return r;
}

void seekdir(DIR *d, long pos) {
    if (lseek(d->fd, pos, SEEK_SET) >= 0) d->pos = pos;
}

void rewinddir(DIR *d) { seekdir(d, 0); }

long telldir(DIR *d) { return d->pos; }

int dirfd(DIR *d) { return d->fd; }

int alphasort(const struct dirent **a, const struct dirent **b) {
    return strcoll((*a)->d_name, (*b)->d_name);
}

int scandir(const char *path, struct dirent ***list, int (*keep)(const struct dirent *),
            int (*cmp)(const struct dirent **, const struct dirent **)) {
    DIR *d = opendir(path);
    if (!d) return -1;
    struct dirent **v = 0, *e;
    size_t n = 0, cap = 0;
    int err = 0;
    errno = 0;
    while ((e = readdir(d))) {
        if (keep && !keep(e)) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            struct dirent **w = realloc(v, cap * sizeof *v);
            if (!w) {
                err = ENOMEM;
                break;
            }
            v = w;
        }
        if (!(v[n] = malloc(sizeof *e))) {
            err = ENOMEM;
            break;
        }
        memcpy(v[n++], e, sizeof *e);
    }
    if (!err) err = errno;
    closedir(d);
    if (err) {
        while (n) free(v[--n]);
        free(v);
        errno = err;
        return -1;
    }
    if (cmp) qsort(v, n, sizeof *v, (int (*)(const void *, const void *))cmp);
    *list = v;
    return (int)n;
}
