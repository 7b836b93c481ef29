/* <unistd.h>, <fcntl.h>, <sys/stat.h>: descriptors over the host's file
   functions (only granted directories are reachable), and getopt. */
#include <unistd.h>
#include <sys/file.h>
#include <sys/uio.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>
#include <utime.h>
#include <libgen.h>

long __vox_write(int fd, const void *buf, size_t n);
long __vox_read(int fd, void *buf, size_t n);
int __vox_isatty(int fd);
int __vox_open(const char *path, int flags);
int __vox_close(int fd);
long __vox_seek(int fd, long off, int whence);
int __vox_remove(const char *path);
int __vox_mkdir(const char *path);
/* Writes size, mode, mtime, atime and file number to out[0..5]. */
int __vox_stat(const char *path, int fd, long *out);
int __vox_utime(const char *path, long atime, long mtime);
int __vox_truncate(int fd, long len);
int __vox_sync(int fd);
int __vox_dup(int fd, int to, int how);

static long check(long r) {
    if (r < 0) {
        errno = (int)-r;
        return -1;
    }
    return r;
}

ssize_t read(int fd, void *buf, size_t n) { return check(__vox_read(fd, buf, n)); }
ssize_t write(int fd, const void *buf, size_t n) { return check(__vox_write(fd, buf, n)); }
off_t lseek(int fd, off_t off, int whence) { return check(__vox_seek(fd, off, whence)); }
int ftruncate(int fd, off_t len) { return (int)check(__vox_truncate(fd, len)); }

int truncate(const char *path, off_t len) {
    int fd = open(path, O_WRONLY);
    if (fd < 0) return -1;
    int r = ftruncate(fd, len);
    int e = errno;
    close(fd);
    errno = e;
    return r;
}

int fsync(int fd) { return (int)check(__vox_sync(fd)); }
int fdatasync(int fd) { return fsync(fd); }
void sync(void) {}

/* The program owns every file it can see (st_uid is 0) and is alone. */
uid_t getuid(void) { return 0; }
uid_t geteuid(void) { return 0; }
gid_t getgid(void) { return 0; }
gid_t getegid(void) { return 0; }
pid_t getppid(void) { return 0; }
int getpagesize(void) { return 4096; }

/* Descriptors from 1 << 20 up are the C library's own (a shared mapping's
   hold on its file: mman.c); the program cannot close them. */
int close(int fd) {
    if (fd >= 1 << 20) {
        errno = EBADF;
        return -1;
    }
    return (int)check(__vox_close(fd));
}

/* A null path fails with EFAULT, as the kernel answers, before it reaches
   the host (where it would be taken for the temporary file or an fstat). */
static int null_path(const char *path) {
    if (path) return 0;
    errno = EFAULT;
    return 1;
}

int open(const char *path, int flags, ...) {
    if (null_path(path)) return -1;
    return (int)check(__vox_open(path, flags & ~O_CLOEXEC));
}
int creat(const char *path, mode_t mode) {
    (void)mode;
    return open(path, O_WRONLY | O_CREAT | O_TRUNC);
}

static int fill(struct stat *st, long r, const long *v) {
    if (check(r) < 0) return -1;
    memset(st, 0, sizeof *st);
    st->st_size = v[0];
    /* One device; files numbered as the program first sees them, so two
       names of one file compare equal by (st_dev, st_ino). */
    st->st_dev = 1;
    st->st_ino = (ino_t)v[4];
    st->st_mode = (mode_t)v[1];
    st->st_nlink = 1;
    st->st_blksize = 4096;
    st->st_blocks = (v[0] + 511) / 512;
    st->st_mtim.tv_sec = v[2];
    st->st_atim.tv_sec = v[3];
    /* No change time is kept apart: the last modification stands for it. */
    st->st_ctim.tv_sec = v[2];
    return 0;
}

int stat(const char *path, struct stat *st) {
    long v[5];
    if (null_path(path)) return -1;
    return fill(st, __vox_stat(path, -1, v), v);
}

int fstat(int fd, struct stat *st) {
    long v[5];
    return fill(st, __vox_stat(0, fd, v), v);
}

int dup(int fd) { return (int)check(__vox_dup(fd, 0, 0)); }

int dup2(int fd, int to) {
    if (to < 0) {
        errno = EBADF;
        return -1;
    }
    return (int)check(__vox_dup(fd, to, 1));
}

int dup3(int fd, int to, int flags) {
    if (fd == to || (flags & ~O_CLOEXEC)) {
        errno = EINVAL;
        return -1;
    }
    return dup2(fd, to);
}

int fcntl(int fd, int cmd, ...) {
    struct stat st;
    if (fstat(fd, &st) < 0) return -1;
    switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC: {
        va_list ap;
        va_start(ap, cmd);
        int min = va_arg(ap, int);
        va_end(ap);
        if (min < 0) {
            errno = EINVAL;
            return -1;
        }
        return (int)check(__vox_dup(fd, min, 0));
    }
    case F_GETFD:
    case F_SETFD:
    case F_SETFL:
    case F_SETLK:
    case F_SETLKW:
        return 0;
    case F_GETFL:
        return fd == 0 ? O_RDONLY : fd <= 2 ? O_WRONLY : O_RDWR;
    case F_GETLK: {
        va_list ap;
        va_start(ap, cmd);
        struct flock *l = va_arg(ap, struct flock *);
        va_end(ap);
        if (l) l->l_type = F_UNLCK;
        return 0;
    }
    default:
        errno = EINVAL;
        return -1;
    }
}

int __vox_chdir(const char *path);
long __vox_getcwd(char *buf, size_t cap);

int chdir(const char *path) { return null_path(path) ? -1 : (int)check(__vox_chdir(path)); }

/* As glibc: with buf NULL, a malloc'd buffer of `size` bytes, or just
   large enough when size is 0. */
char *getcwd(char *buf, size_t size) {
    long n = __vox_getcwd(0, 0);
    if (!buf) {
        if (size == 0) size = (size_t)n + 1;
        if (size < (size_t)n + 1) {
            errno = ERANGE;
            return 0;
        }
        buf = malloc(size);
        if (!buf) {
            errno = ENOMEM;
            return 0;
        }
    } else if (size == 0) {
        errno = EINVAL;
        return 0;
    } else if (size < (size_t)n + 1) {
        errno = ERANGE;
        return 0;
    }
    __vox_getcwd(buf, size);
    return buf;
}

int execv(const char *path, char *const argv[]) {
    (void)path, (void)argv;
    errno = EACCES;
    return -1;
}
int execvp(const char *file, char *const argv[]) { return execv(file, argv); }
int execve(const char *path, char *const argv[], char *const envp[]) {
    (void)envp;
    return execv(path, argv);
}
int execl(const char *path, const char *arg, ...) {
    (void)arg;
    return execv(path, 0);
}
int execlp(const char *file, const char *arg, ...) {
    (void)arg;
    return execv(file, 0);
}
pid_t fork(void) {
    errno = EAGAIN;
    return -1;
}

char *realpath(const char *path, char *resolved) {
    struct stat st;
    if (!path) {
        errno = EINVAL;
        return 0;
    }
    if (stat(path, &st) < 0) return 0;
    char *joined = 0;
    if (path[0] != '/') {
        /* Relative: from the working directory. */
        char *cwd = getcwd(0, 0);
        joined = cwd ? malloc(strlen(cwd) + strlen(path) + 2) : 0;
        if (!joined) {
            free(cwd);
            errno = ENOMEM;
            return 0;
        }
        strcpy(joined, cwd);
        strcat(joined, "/");
        strcat(joined, path);
        free(cwd);
        path = joined;
    }
    size_t n = strlen(path);
    char *out = resolved ? resolved : malloc(n + 2);
    if (!out) {
        free(joined);
        errno = ENOMEM;
        return 0;
    }
    /* Lexically (the path is absolute now): drop `.` and empty parts, let
       `..` remove the part before it (`..` at the root stays there). */
    size_t len = 0;
    out[len++] = '/';
    const char *p = path;
    while (*p) {
        while (*p == '/') p++;
        const char *e = p;
        while (*e && *e != '/') e++;
        size_t k = (size_t)(e - p);
        if (k == 0 || (k == 1 && p[0] == '.')) {
        } else if (k == 2 && p[0] == '.' && p[1] == '.') {
            while (len > 1 && out[len - 1] != '/') len--;
            if (len > 1) len--;
        } else {
            if (out[len - 1] != '/') out[len++] = '/';
            memcpy(out + len, p, k);
            len += k;
        }
        p = e;
    }
    out[len] = 0;
    free(joined);
    return out;
}

/* mkstemp and friends: the trailing "XXXXXX" becomes six letters from a
   fixed sequence (runs are reproducible; the sandbox has no pid to mix in),
   retried while the name exists, as glibc retries. */
static int unique_name(char *tmpl, size_t suffix, int (*make)(const char *, int), int arg) {
    static unsigned long serial;
    static const char letters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    size_t n = tmpl ? strlen(tmpl) : 0;
    if (n < 6 + suffix || memcmp(tmpl + n - suffix - 6, "XXXXXX", 6) != 0) {
        errno = EINVAL;
        return -1;
    }
    char *x = tmpl + n - suffix - 6;
    for (int tries = 0; tries < 1000; tries++) {
        unsigned long v = ++serial * 2654435761u;
        for (int i = 0; i < 6; i++) {
            x[i] = letters[v % 62];
            v /= 62;
        }
        int r = make(tmpl, arg);
        if (r >= 0 || errno != EEXIST) return r;
    }
    memcpy(x, "XXXXXX", 6);
    errno = EEXIST;
    return -1;
}

static int make_file(const char *path, int flags) {
    return open(path, (flags & ~O_ACCMODE) | O_RDWR | O_CREAT | O_EXCL);
}

static int make_dir(const char *path, int unused) {
    (void)unused;
    return mkdir(path, 0700);
}

int mkostemps(char *tmpl, int suffixlen, int flags) {
    if (suffixlen < 0) {
        errno = EINVAL;
        return -1;
    }
    return unique_name(tmpl, (size_t)suffixlen, make_file, flags);
}
int mkstemps(char *tmpl, int suffixlen) { return mkostemps(tmpl, suffixlen, 0); }
int mkostemp(char *tmpl, int flags) { return mkostemps(tmpl, 0, flags); }
int mkstemp(char *tmpl) { return mkostemps(tmpl, 0, 0); }

char *mkdtemp(char *tmpl) { return unique_name(tmpl, 0, make_dir, 0) < 0 ? 0 : tmpl; }

/* The sandbox shows no symbolic links: lstat is stat. */
int lstat(const char *path, struct stat *st) { return stat(path, st); }

/* Permissions and owners are the host's: changing them succeeds without
   effect on a file that exists (as mkdir ignores its mode). */
int chmod(const char *path, mode_t mode) {
    struct stat st;
    (void)mode;
    return stat(path, &st);
}

int fchmod(int fd, mode_t mode) {
    struct stat st;
    (void)mode;
    return fstat(fd, &st);
}

int chown(const char *path, uid_t uid, gid_t gid) {
    (void)uid, (void)gid;
    return chmod(path, 0);
}

int lchown(const char *path, uid_t uid, gid_t gid) { return chown(path, uid, gid); }

int fchown(int fd, uid_t uid, gid_t gid) {
    (void)uid, (void)gid;
    return fchmod(fd, 0);
}

mode_t umask(mode_t mask) {
    (void)mask;
    return 022;
}

int mkdir(const char *path, mode_t mode) {
    (void)mode;
    if (null_path(path)) return -1;
    return (int)check(__vox_mkdir(path));
}

int unlink(const char *path) {
    struct stat st;
    if (null_path(path)) return -1;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        errno = EISDIR;
        return -1;
    }
    return (int)check(__vox_remove(path));
}

int rmdir(const char *path) {
    struct stat st;
    if (stat(path, &st) < 0) return -1;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return (int)check(__vox_remove(path));
}

int access(const char *path, int mode) {
    struct stat st;
    if (stat(path, &st) < 0) return -1;
    if ((mode & W_OK) && !(st.st_mode & S_IWUSR)) {
        errno = EROFS;
        return -1;
    }
    if ((mode & X_OK) && !S_ISDIR(st.st_mode)) {
        errno = EACCES;
        return -1;
    }
    return 0;
}

int isatty(int fd) {
    if (__vox_isatty(fd)) return 1;
    errno = fd >= 0 && fd <= 2 ? ENOTTY : EBADF;
    return 0;
}

pid_t getpid(void) { return 1; }

void _exit(int status) {
    __builtin_vox("halt", status);
    for (;;) {}
}

/* getopt, as POSIX (and glibc with POSIXLY_CORRECT: no permutation). */
char *optarg;
int optind = 1, opterr = 1, optopt;
static int optpos = 1;

int getopt(int argc, char *const argv[], const char *opts) {
    optarg = 0;
    if (optind >= argc || !argv[optind] || argv[optind][0] != '-' || !argv[optind][1]) return -1;
    if (!strcmp(argv[optind], "--")) {
        optind++;
        return -1;
    }
    int c = (unsigned char)argv[optind][optpos];
    const char *spec = c == ':' ? 0 : strchr(opts, c);
    int quiet = opts[0] == ':';
    if (!spec) {
        optopt = c;
        if (opterr && !quiet) fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
        if (!argv[optind][++optpos]) {
            optind++;
            optpos = 1;
        }
        return '?';
    }
    if (spec[1] == ':') {
        if (argv[optind][optpos + 1]) {
            optarg = &argv[optind][optpos + 1];
        } else if (optind + 1 < argc) {
            optarg = argv[++optind];
        } else {
            optopt = c;
            optind++;
            optpos = 1;
            if (quiet) return ':';
            if (opterr) fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
            return '?';
        }
        optind++;
        optpos = 1;
        return c;
    }
    if (!argv[optind][++optpos]) {
        optind++;
        optpos = 1;
    }
    return c;
}

/* utime: NULL sets both times to now (the program's clock, so a fixed
   clock gives reproducible times). */
int utime(const char *path, const struct utimbuf *times) {
    if (null_path(path)) return -1;
    long now = times ? 0 : (long)time(0);
    return (int)check(__vox_utime(path, times ? times->actime : now,
                                  times ? times->modtime : now));
}

/* POSIX dirname and basename: trailing slashes are not part of the last
   component; "/" stays "/", a name without a slash has "." as directory. */
char *dirname(char *path) {
    static char dot[] = ".", slash[] = "/";
    if (!path || !*path) return dot;
    size_t len = strlen(path), n = len;
    while (n > 0 && path[n - 1] == '/') n--;
    if (n == 0) {
        /* Only slashes: "//" stays, as in glibc (POSIX leaves it open). */
        if (len == 2) return path;
        return slash;
    }
    while (n > 0 && path[n - 1] != '/') n--;
    if (n == 0) return dot;
    size_t k = n;
    while (k > 0 && path[k - 1] == '/') k--;
    if (k == 0) {
        /* The directory is the root: "//" when named by exactly two. */
        path[n == 2 ? 2 : 1] = 0;
        return path;
    }
    path[k] = 0;
    return path;
}

char *basename(char *path) {
    static char dot[] = ".";
    if (!path || !*path) return dot;
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') n--;
    path[n] = 0;
    if (n == 1 && path[0] == '/') return path;
    char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Scatter/gather: each buffer in turn, stopping at a short transfer. */
static ssize_t each(int fd, const struct iovec *iov, int n, int out) {
    if (n < 0 || n > IOV_MAX) {
        errno = EINVAL;
        return -1;
    }
    ssize_t total = 0;
    for (int i = 0; i < n; i++) {
        if (!iov[i].iov_len) continue;
        ssize_t r = out ? write(fd, iov[i].iov_base, iov[i].iov_len)
                        : read(fd, iov[i].iov_base, iov[i].iov_len);
        if (r < 0) return total ? total : -1;
        total += r;
        if ((size_t)r < iov[i].iov_len) break;
    }
    return total;
}

ssize_t readv(int fd, const struct iovec *iov, int n) { return each(fd, iov, n, 0); }
ssize_t writev(int fd, const struct iovec *iov, int n) { return each(fd, iov, n, 1); }

/* The offset is kept by moving it and moving it back: nothing else runs
   in the sandbox between the two. */
static ssize_t each_at(int fd, const struct iovec *iov, int n, off_t off, int out) {
    off_t at = lseek(fd, 0, SEEK_CUR);
    if (at < 0) return -1;
    if (off < 0 || lseek(fd, off, SEEK_SET) < 0) {
        errno = EINVAL;
        return -1;
    }
    ssize_t r = each(fd, iov, n, out);
    int e = errno;
    lseek(fd, at, SEEK_SET);
    errno = e;
    return r;
}

ssize_t preadv(int fd, const struct iovec *iov, int n, off_t off) { return each_at(fd, iov, n, off, 0); }
ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t off) { return each_at(fd, iov, n, off, 1); }

ssize_t pread(int fd, void *buf, size_t n, off_t off) {
    struct iovec v = {buf, n};
    return each_at(fd, &v, 1, off, 0);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
    struct iovec v = {(void *)buf, n};
    return each_at(fd, &v, 1, off, 1);
}

/* The program is alone with its files: every lock is granted at once. */
int flock(int fd, int operation) {
    struct stat st;
    if (fstat(fd, &st) < 0) return -1;
    int op = operation & ~LOCK_NB;
    if (op != LOCK_SH && op != LOCK_EX && op != LOCK_UN) {
        errno = EINVAL;
        return -1;
    }
    return 0;
}

/* mktemp only names: a probe that "makes" nothing but fails on a name
   that exists. */
static int probe_name(const char *path, int unused) {
    struct stat st;
    (void)unused;
    if (stat(path, &st) == 0) {
        errno = EEXIST;
        return -1;
    }
    return errno == ENOENT ? 0 : -1;
}

char *mktemp(char *tmpl) {
    if (unique_name(tmpl, 0, probe_name, 0) < 0 && tmpl) tmpl[0] = '\0';
    return tmpl;
}

static long path_limit(int name) {
    switch (name) {
    case _PC_LINK_MAX: return 65000;
    case _PC_MAX_CANON: return 255;
    case _PC_MAX_INPUT: return 255;
    case _PC_NAME_MAX: return 255;
    case _PC_PATH_MAX: return 4096;
    case _PC_PIPE_BUF: return 4096;
    case _PC_CHOWN_RESTRICTED: return 1;
    case _PC_NO_TRUNC: return 1;
    case _PC_VDISABLE: return 0;
    default:
        errno = EINVAL;
        return -1;
    }
}

long pathconf(const char *path, int name) {
    struct stat st;
    if (stat(path, &st) != 0) return -1;
    return path_limit(name);
}

long fpathconf(int fd, int name) {
    struct stat st;
    if (fstat(fd, &st) != 0) return -1;
    return path_limit(name);
}
