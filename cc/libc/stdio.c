/* <stdio.h>: buffered streams in VM memory over the host's file
   descriptors. The host decides what a descriptor reaches: 0, 1 and 2 are
   the program's input, output and error output; files exist only where
   the host grants them. Formatting and scanning are the host's (identical
   to glibc's). A cookie stream (fopencookie; fmemopen and open_memstream
   are two) has no descriptor: its buffer is filled and drained by the
   program's functions instead. */
#include <stdio.h>
#include <sys/stat.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <errno.h>

enum { F_EOF = 1, F_ERR = 2, F_READ = 4, F_WRITE = 8, F_OWNBUF = 16, F_STATIC = 32, F_COOKIE = 64 };

struct __vox_file {
    int fd;
    int mode;        /* _IOFBF, _IOLBF, _IONBF, or -1: decide at first use */
    int flags;
    char *buf;
    size_t size;     /* buffer capacity */
    size_t wlen;     /* output bytes buffered */
    size_t rpos;     /* next input byte in buf */
    size_t rlen;     /* input bytes in buf */
    int unget;       /* a pushed-back byte, or EOF */
    struct __vox_file *next;
    /* A cookie stream's (F_COOKIE; fd is -1). The host's scanf reads the
       fields above only. */
    void *cookie;
    cookie_io_functions_t io;
    /* The stream's lock (flockfile): a futex word, the owning thread, how
       many times it holds it. */
    int lock;
    int count;
    unsigned long owner;
};

/* Once the program has started a thread (pthread.c sets this), each call
   locks its stream, as in glibc; until then no lock is needed. */
int __vox_threaded;
#define LOCK(f) (__vox_threaded ? flockfile(f) : (void)0)
#define UNLOCK(f) (__vox_threaded ? funlockfile(f) : (void)0)

long __vox_write(int fd, const void *buf, size_t n);
long __vox_read(int fd, void *buf, size_t n);
int __vox_isatty(int fd);
long __vox_format(char *dst, size_t cap, const char *fmt, va_list ap);
int __vox_vsscanf(const char *s, const char *fmt, va_list ap);
int __vox_vfscanf(FILE *f, const char *fmt, va_list ap);
int __vox_open(const char *path, int flags);
int __vox_close(int fd);
long __vox_seek(int fd, long off, int whence);
int __vox_remove(const char *path);
int __vox_rename(const char *from, const char *to);

static char in_buf[BUFSIZ];
static char out_buf[BUFSIZ];
static FILE in_file = {0, -1, F_READ | F_STATIC, in_buf, BUFSIZ, 0, 0, 0, EOF, 0};
static FILE out_file = {1, -1, F_WRITE | F_STATIC, out_buf, BUFSIZ, 0, 0, 0, EOF, &in_file};
static FILE err_file = {2, _IONBF, F_WRITE | F_STATIC, 0, 0, 0, 0, 0, EOF, &out_file};
FILE *stdin = &in_file;
FILE *stdout = &out_file;
FILE *stderr = &err_file;
static FILE *open_files = &err_file;

/* The descriptor's or the cookie's I/O: as read(2)/write(2)/lseek(2)
   return, except that errors are -errno. */
static long f_write(FILE *f, const char *b, size_t n) {
    if (!(f->flags & F_COOKIE)) return __vox_write(f->fd, b, n);
    /* No write function: output is discarded, as in glibc. */
    return f->io.write ? (long)f->io.write(f->cookie, b, n) : (long)n;
}

static long f_read(FILE *f, char *b, size_t n) {
    if (!(f->flags & F_COOKIE)) return __vox_read(f->fd, b, n);
    /* No read function: always at end of file. */
    return f->io.read ? (long)f->io.read(f->cookie, b, n) : 0;
}

static long f_seek(FILE *f, long off, int whence) {
    if (!(f->flags & F_COOKIE)) return __vox_seek(f->fd, off, whence);
    if (!f->io.seek) return -ESPIPE;
    off64_t o = off;
    int e = errno;
    errno = 0;
    if (f->io.seek(f->cookie, &o, whence) < 0) {
        int err = errno ? errno : EINVAL;
        errno = e;
        return -err;
    }
    errno = e;
    return o;
}

static int f_close(FILE *f) {
    if (!(f->flags & F_COOKIE)) return __vox_close(f->fd);
    return f->io.close ? f->io.close(f->cookie) : 0;
}

static void decide_mode(FILE *f) {
    if (f->mode < 0) f->mode = !(f->flags & F_COOKIE) && __vox_isatty(f->fd) ? _IOLBF : _IOFBF;
}

static int flush_out(FILE *f) {
    size_t done = 0;
    while (done < f->wlen) {
        long n = f_write(f, f->buf + done, f->wlen - done);
        if (n <= 0) {
            f->flags |= F_ERR;
            f->wlen = 0;
            return EOF;
        }
        done += (size_t)n;
    }
    f->wlen = 0;
    return 0;
}

int fflush(FILE *f) {
    if (!f) {
        int r = 0;
        for (FILE *p = open_files; p; p = p->next) {
            LOCK(p);
            if (p->wlen && flush_out(p)) r = EOF;
            UNLOCK(p);
        }
        return r;
    }
    LOCK(f);
    int r = fflush_unlocked(f);
    UNLOCK(f);
    return r;
}

int fflush_unlocked(FILE *f) {
    if (!f) return fflush(f);
    if (f->wlen) return flush_out(f);
    /* Flushing an input stream drops what was read ahead. */
    if (f->rlen > f->rpos && (f->fd > 2 || (f->flags & F_COOKIE))) {
        f_seek(f, -(long)(f->rlen - f->rpos), SEEK_CUR);
        f->rpos = f->rlen = 0;
    }
    return 0;
}

size_t fwrite_unlocked(const void *p, size_t size, size_t n, FILE *f) {
    size_t total = size * n;
    if (!total) return 0;
    if (!(f->flags & F_WRITE)) {
        f->flags |= F_ERR;
        errno = EBADF;
        return 0;
    }
    decide_mode(f);
    const char *s = p;
    if (f->mode == _IONBF || !f->size) {
        if (f->wlen && flush_out(f)) return 0;
        size_t done = 0;
        while (done < total) {
            long k = f_write(f, s + done, total - done);
            if (k <= 0) {
                f->flags |= F_ERR;
                return done / size;
            }
            done += (size_t)k;
        }
        return n;
    }
    if (f->wlen + total > f->size) {
        if (flush_out(f)) return 0;
        if (total >= f->size) {
            /* Too big to buffer: write it directly. */
            size_t done = 0;
            while (done < total) {
                long k = f_write(f, s + done, total - done);
                if (k <= 0) {
                    f->flags |= F_ERR;
                    return done / size;
                }
                done += (size_t)k;
            }
            return n;
        }
    }
    memcpy(f->buf + f->wlen, s, total);
    f->wlen += total;
    if (f->mode == _IOLBF && memchr(s, '\n', total)) {
        if (flush_out(f)) return 0;
    }
    return n;
}

size_t fwrite(const void *p, size_t size, size_t n, FILE *f) {
    LOCK(f);
    size_t r = fwrite_unlocked(p, size, n, f);
    UNLOCK(f);
    return r;
}

int fputc_unlocked(int c, FILE *f) {
    unsigned char b = (unsigned char)c;
    if (f->wlen + 1 < f->size && f->mode == _IOFBF && (f->flags & F_WRITE)) {
        f->buf[f->wlen++] = (char)b;
        return b;
    }
    return fwrite_unlocked(&b, 1, 1, f) == 1 ? b : EOF;
}

int fputc(int c, FILE *f) {
    if (!__vox_threaded) return fputc_unlocked(c, f);
    flockfile(f);
    int r = fputc_unlocked(c, f);
    funlockfile(f);
    return r;
}

int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }

int fputs_unlocked(const char *s, FILE *f) {
    size_t n = strlen(s);
    return fwrite_unlocked(s, 1, n, f) == n ? 1 : EOF;
}

int fputs(const char *s, FILE *f) {
    LOCK(f);
    int r = fputs_unlocked(s, f);
    UNLOCK(f);
    return r;
}

/* glibc's puts returns the characters written (fputs returns 1). */
int puts(const char *s) {
    LOCK(stdout);
    int bad = fputs_unlocked(s, stdout) == EOF || fputc_unlocked('\n', stdout) == EOF;
    UNLOCK(stdout);
    if (bad) return EOF;
    size_t n = strlen(s) + 1;
    return n > INT_MAX ? INT_MAX : (int)n;
}

/* ---- input ---- */

static int refill(FILE *f) {
    if (!(f->flags & F_READ)) {
        f->flags |= F_ERR;
        return EOF;
    }
    /* Reading from stdin first writes out a prompt left in stdout. */
    if (f == stdin) fflush(stdout);
    char one;
    char *b = f->size ? f->buf : &one;
    size_t cap = f->size ? f->size : 1;
    long n = f_read(f, b, cap);
    if (n < 0) {
        f->flags |= F_ERR;
        return EOF;
    }
    if (n == 0) {
        f->flags |= F_EOF;
        return EOF;
    }
    if (!f->size) return (unsigned char)one;
    f->rpos = 0;
    f->rlen = (size_t)n;
    return 0;
}

int fgetc_unlocked(FILE *f) {
    if (f->unget != EOF) {
        int c = f->unget;
        f->unget = EOF;
        return c;
    }
    if (f->rpos >= f->rlen) {
        int r = refill(f);
        if (r == EOF) return EOF;
        if (!f->size) return r;
    }
    return (unsigned char)f->buf[f->rpos++];
}

int fgetc(FILE *f) {
    LOCK(f);
    int r = fgetc_unlocked(f);
    UNLOCK(f);
    return r;
}

int getc(FILE *f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }

int ungetc(int c, FILE *f) {
    if (c == EOF) return EOF;
    LOCK(f);
    int r = EOF;
    if (f->unget == EOF) {
        f->unget = (unsigned char)c;
        f->flags &= ~F_EOF;
        r = (unsigned char)c;
    }
    UNLOCK(f);
    return r;
}

char *fgets(char *s, int n, FILE *f) {
    LOCK(f);
    char *r = fgets_unlocked(s, n, f);
    UNLOCK(f);
    return r;
}

char *fgets_unlocked(char *s, int n, FILE *f) {
    if (n <= 0) return 0;
    int i = 0;
    while (i < n - 1) {
        int c = fgetc_unlocked(f);
        if (c == EOF) break;
        s[i++] = (char)c;
        if (c == '\n') break;
    }
    if (i == 0) return 0;
    s[i] = 0;
    return s;
}

size_t fread(void *p, size_t size, size_t n, FILE *f) {
    LOCK(f);
    size_t r = fread_unlocked(p, size, n, f);
    UNLOCK(f);
    return r;
}

size_t fread_unlocked(void *p, size_t size, size_t n, FILE *f) {
    size_t total = size * n, got = 0;
    char *d = p;
    if (!total) return 0;
    if (f->unget != EOF) {
        d[got++] = (char)f->unget;
        f->unget = EOF;
    }
    while (got < total) {
        if (f->rpos < f->rlen) {
            size_t k = f->rlen - f->rpos;
            if (k > total - got) k = total - got;
            memcpy(d + got, f->buf + f->rpos, k);
            f->rpos += k;
            got += k;
            continue;
        }
        if (f == stdin) fflush(stdout);
        long k = f_read(f, d + got, total - got);
        if (k < 0) {
            f->flags |= F_ERR;
            break;
        }
        if (k == 0) {
            f->flags |= F_EOF;
            break;
        }
        got += (size_t)k;
    }
    return got / size;
}

int feof(FILE *f) { return (f->flags & F_EOF) != 0; }
int ferror(FILE *f) { return (f->flags & F_ERR) != 0; }
void clearerr(FILE *f) { f->flags &= ~(F_EOF | F_ERR); }
int fileno(FILE *f) {
    if (f->flags & F_COOKIE) {
        errno = EBADF;
        return -1;
    }
    return f->fd;
}

static int setvbuf_unlocked(FILE *f, char *buf, int mode, size_t size);

int setvbuf(FILE *f, char *buf, int mode, size_t size) {
    LOCK(f);
    int r = setvbuf_unlocked(f, buf, mode, size);
    UNLOCK(f);
    return r;
}

static int setvbuf_unlocked(FILE *f, char *buf, int mode, size_t size) {
    if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) return -1;
    fflush_unlocked(f);
    f->mode = mode;
    if (mode == _IONBF) {
        if (f->flags & F_READ) return 0; /* input keeps its buffer */
        f->size = 0;
        return 0;
    }
    if (buf && size) {
        if (f->flags & F_OWNBUF) free(f->buf);
        f->flags &= ~F_OWNBUF;
        f->buf = buf;
        f->size = size;
    }
    return 0;
}

void setbuf(FILE *f, char *buf) { setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ); }

/* ---- files (only where the host grants them) ---- */

static FILE *new_file(int fd, int flags) {
    FILE *f = malloc(sizeof(FILE));
    char *b = malloc(BUFSIZ);
    if (!f || !b) {
        free(f);
        free(b);
        errno = ENOMEM;
        return 0;
    }
    f->fd = fd;
    f->mode = _IOFBF;
    f->flags = flags | F_OWNBUF;
    f->buf = b;
    f->size = BUFSIZ;
    f->wlen = f->rpos = f->rlen = 0;
    f->unget = EOF;
    f->cookie = 0;
    f->io = (cookie_io_functions_t){0, 0, 0, 0};
    f->next = open_files;
    open_files = f;
    return f;
}

static int mode_flags(const char *mode) {
    int fl = 0;
    if (mode[0] == 'r') fl = F_READ;
    else if (mode[0] == 'w' || mode[0] == 'a') fl = F_WRITE;
    else return -1;
    if (strchr(mode, '+')) fl = F_READ | F_WRITE;
    return fl;
}

/* The open(2) flags of an fopen mode (Linux values, as <fcntl.h>). */
static int open_flags(const char *mode) {
    int plus = strchr(mode, '+') != 0, o;
    switch (mode[0]) {
    case 'r': o = plus ? 2 : 0; break;
    case 'w': o = (plus ? 2 : 1) | 0100 | 01000; break;
    case 'a': o = (plus ? 2 : 1) | 0100 | 02000; break;
    default: return -1;
    }
    if (mode[0] != 'r' && strchr(mode, 'x')) o |= 0200;
    return o;
}

FILE *fopen(const char *path, const char *mode) {
    int fl = mode_flags(mode);
    if (!path) {
        errno = EFAULT; /* as the kernel answers for a null path */
        return 0;
    }
    if (fl < 0) {
        errno = EINVAL;
        return 0;
    }
    int fd = __vox_open(path, open_flags(mode));
    if (fd < 0) {
        errno = -fd;
        return 0;
    }
    FILE *f = new_file(fd, fl);
    if (!f) __vox_close(fd);
    return f;
}

FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t io) {
    int fl = mode_flags(mode);
    if (fl < 0) {
        errno = EINVAL;
        return 0;
    }
    FILE *f = new_file(-1, fl | F_COOKIE);
    if (!f) return 0;
    f->cookie = cookie;
    f->io = io;
    return f;
}

FILE *fdopen(int fd, const char *mode) {
    int fl = mode_flags(mode);
    if (fl < 0) {
        errno = EINVAL;
        return 0;
    }
    return new_file(fd, fl);
}

int fclose(FILE *f) {
    int r = fflush(f);
    if (f->flags & F_STATIC) {
        /* A standard stream: reopened onto a file by freopen, that file closes. */
        if (f->fd > 2 && __vox_close(f->fd) < 0) r = EOF;
        f->flags &= ~(F_READ | F_WRITE);
        return r;
    }
    if (f_close(f) < 0) r = EOF;
    for (FILE **p = &open_files; *p; p = &(*p)->next) {
        if (*p == f) {
            *p = f->next;
            break;
        }
    }
    if (f->flags & F_OWNBUF) free(f->buf);
    free(f);
    return r;
}

FILE *freopen(const char *path, const char *mode, FILE *f) {
    int fl = mode_flags(mode);
    fflush(f);
    if (!path || fl < 0) {
        errno = EINVAL;
        return 0;
    }
    int fd = __vox_open(path, open_flags(mode));
    if (fd < 0) {
        errno = -fd;
        return 0;
    }
    if (f->flags & F_COOKIE) f_close(f);
    else if (f->fd > 2) __vox_close(f->fd);
    f->fd = fd;
    f->flags = (f->flags & (F_OWNBUF | F_STATIC)) | fl;
    f->wlen = f->rpos = f->rlen = 0;
    f->unget = EOF;
    if (!f->size) {
        f->buf = malloc(BUFSIZ);
        f->size = f->buf ? BUFSIZ : 0;
        if (f->buf) f->flags |= F_OWNBUF;
    }
    if (f->mode < 0) f->mode = _IOFBF;
    return f;
}

static int fseek_unlocked(FILE *f, long off, int whence);

int fseek(FILE *f, long off, int whence) {
    LOCK(f);
    int r = fseek_unlocked(f, off, whence);
    UNLOCK(f);
    return r;
}

static int fseek_unlocked(FILE *f, long off, int whence) {
    if (fflush_unlocked(f)) return -1;
    if (whence == SEEK_CUR) off -= (long)(f->rlen - f->rpos) + (f->unget != EOF);
    f->rpos = f->rlen = 0;
    f->unget = EOF;
    long r = f_seek(f, off, whence);
    if (r < 0) {
        errno = (int)-r;
        return -1;
    }
    f->flags &= ~F_EOF;
    return 0;
}

long ftell(FILE *f) {
    LOCK(f);
    long pos = f_seek(f, 0, SEEK_CUR);
    if (pos >= 0) pos = pos - (long)(f->rlen - f->rpos) - (f->unget != EOF) + (long)f->wlen;
    UNLOCK(f);
    if (pos < 0) {
        errno = (int)-pos;
        return -1;
    }
    return pos;
}

/* POSIX's off_t versions: off_t is long, as on LP64 glibc. */
int fseeko(FILE *f, off_t off, int whence) { return fseek(f, off, whence); }
off_t ftello(FILE *f) { return ftell(f); }

void rewind(FILE *f) {
    fseek(f, 0, SEEK_SET);
    clearerr(f);
}

int fgetpos(FILE *f, fpos_t *pos) {
    long p = ftell(f);
    if (p < 0) return -1;
    *pos = p;
    return 0;
}

int fsetpos(FILE *f, const fpos_t *pos) { return fseek(f, *pos, SEEK_SET); }

int remove(const char *path) {
    if (!path) {
        errno = EFAULT;
        return -1;
    }
    int r = __vox_remove(path);
    if (r < 0) {
        errno = -r;
        return -1;
    }
    return 0;
}

int rename(const char *from, const char *to) {
    if (!from || !to) {
        errno = EFAULT;
        return -1;
    }
    int r = __vox_rename(from, to);
    if (r < 0) {
        errno = -r;
        return -1;
    }
    return 0;
}

FILE *tmpfile(void) {
    int fd = __vox_open(0, 2);
    if (fd < 0) {
        errno = -fd;
        return 0;
    }
    return new_file(fd, F_READ | F_WRITE);
}

int __vox_stat(const char *path, int fd, long *out);

/* tmpnam: "/tmp/fileXXXXXX" as glibc names it, the first of a fixed
   sequence that names nothing yet. As in glibc, a name is only given when
   the directory answers "no such file": without a grant of /tmp (where
   stat fails with EACCES) there is no name, and tmpnam returns NULL. */
char *tmpnam(char *s) {
    static char own[L_tmpnam];
    static unsigned long serial;
    static const char letters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    char *out = s ? s : own;
    for (int tries = 0; tries < 100; tries++) {
        unsigned long v = ++serial * 2654435761u;
        char name[L_tmpnam];
        memcpy(name, P_tmpdir "/file", 9);
        for (int i = 0; i < 6; i++) {
            name[9 + i] = letters[v % 62];
            v /= 62;
        }
        name[15] = 0;
        long st[5];
        int r = __vox_stat(name, -1, st);
        if (r == -ENOENT) {
            memcpy(out, name, 16);
            return out;
        }
        if (r < 0) return 0;
    }
    return 0;
}

/* POSIX getdelim/getline: a line of any length in a malloc'd buffer. */
static ssize_t getdelim_unlocked(char **line, size_t *cap, int delim, FILE *f);

ssize_t getdelim(char **line, size_t *cap, int delim, FILE *f) {
    if (!line || !cap) {
        errno = EINVAL;
        return -1;
    }
    LOCK(f);
    ssize_t r = getdelim_unlocked(line, cap, delim, f);
    UNLOCK(f);
    return r;
}

static ssize_t getdelim_unlocked(char **line, size_t *cap, int delim, FILE *f) {
    size_t n = 0;
    for (;;) {
        int c = fgetc_unlocked(f);
        if (c == EOF) {
            if (n == 0) return -1;
            break;
        }
        if (n + 2 > *cap || !*line) {
            size_t want = *cap < 64 ? 128 : *cap * 2;
            char *p = realloc(*line, want);
            if (!p) {
                errno = ENOMEM;
                return -1;
            }
            *line = p;
            *cap = want;
        }
        (*line)[n++] = (char)c;
        if (c == delim) break;
    }
    (*line)[n] = 0;
    return (ssize_t)n;
}

ssize_t getline(char **line, size_t *cap, FILE *f) { return getdelim(line, cap, '\n', f); }

void perror(const char *s) {
    if (s && *s) {
        fputs(s, stderr);
        fputs(": ", stderr);
    }
    fputs(strerror(errno), stderr);
    fputc('\n', stderr);
}

/* ---- formatted output ---- */

int vsnprintf(char *s, size_t n, const char *fmt, va_list ap) {
    long r = __vox_format(s, n, fmt, ap);
    if (r > 2147483647L) {
        errno = EOVERFLOW;
        return -1;
    }
    return (int)r;
}

int vsprintf(char *s, const char *fmt, va_list ap) {
    /* No size: the host bounds the write by the VM memory instead. */
    return vsnprintf(s, (size_t)-1 / 2, fmt, ap);
}

int vfprintf(FILE *f, const char *fmt, va_list ap) {
    char tmp[512];
    long n = __vox_format(tmp, sizeof tmp, fmt, ap);
    if (n < 0) {
        f->flags |= F_ERR;
        return -1;
    }
    if ((size_t)n < sizeof tmp) return fwrite(tmp, 1, (size_t)n, f) == (size_t)n ? (int)n : -1;
    char *big = malloc((size_t)n + 1);
    if (!big) {
        errno = ENOMEM;
        return -1;
    }
    __vox_format(big, (size_t)n + 1, fmt, ap);
    size_t w = fwrite(big, 1, (size_t)n, f);
    free(big);
    return w == (size_t)n ? (int)n : -1;
}

int vprintf(const char *fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }

int vdprintf(int fd, const char *fmt, va_list ap) {
    char tmp[512];
    long n = __vox_format(tmp, sizeof tmp, fmt, ap);
    if (n < 0) return -1;
    if ((size_t)n < sizeof tmp) return (int)__vox_write(fd, tmp, (size_t)n);
    char *big = malloc((size_t)n + 1);
    if (!big) return -1;
    __vox_format(big, (size_t)n + 1, fmt, ap);
    long w = __vox_write(fd, big, (size_t)n);
    free(big);
    return (int)w;
}

int printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(stdout, fmt, ap);
    va_end(ap);
    return r;
}

int fprintf(FILE *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(f, fmt, ap);
    va_end(ap);
    return r;
}

int sprintf(char *s, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vsprintf(s, fmt, ap);
    va_end(ap);
    return r;
}

int snprintf(char *s, size_t n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(s, n, fmt, ap);
    va_end(ap);
    return r;
}

int dprintf(int fd, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vdprintf(fd, fmt, ap);
    va_end(ap);
    return r;
}

/* ---- formatted input ---- */

int vsscanf(const char *s, const char *fmt, va_list ap) { return __vox_vsscanf(s, fmt, ap); }
/* The host's scanf reads a cookie stream's buffer and sees its end as the
   end of input: the buffer is filled first (so one call reads at most
   BUFSIZ bytes of such a stream). */
static void fill_cookie_buffer(FILE *f) {
    if (f->rpos > 0) {
        memmove(f->buf, f->buf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    while (f->rlen < f->size && !(f->flags & (F_EOF | F_ERR))) {
        long n = f_read(f, f->buf + f->rlen, f->size - f->rlen);
        if (n < 0) f->flags |= F_ERR;
        if (n <= 0) break;
        f->rlen += (size_t)n;
    }
}

int vfscanf(FILE *f, const char *fmt, va_list ap) {
    if (f == stdin) fflush(stdout);
    if (f->flags & F_COOKIE) {
        if (!(f->flags & F_READ)) {
            f->flags |= F_ERR;
            errno = EBADF;
            return EOF;
        }
        fill_cookie_buffer(f);
    }
    return __vox_vfscanf(f, fmt, ap);
}
int vscanf(const char *fmt, va_list ap) { return vfscanf(stdin, fmt, ap); }

int sscanf(const char *s, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vsscanf(s, fmt, ap);
    va_end(ap);
    return r;
}

int fscanf(FILE *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfscanf(f, fmt, ap);
    va_end(ap);
    return r;
}

int scanf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfscanf(stdin, fmt, ap);
    va_end(ap);
    return r;
}

int vasprintf(char **out, const char *fmt, va_list ap) {
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(0, 0, fmt, aq);
    va_end(aq);
    if (n < 0) return -1;
    char *s = malloc((size_t)n + 1);
    if (!s) return -1;
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    *out = s;
    return n;
}

int asprintf(char **out, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vasprintf(out, fmt, ap);
    va_end(ap);
    return n;
}

/* ---- POSIX's unlocked stdio and stream locks: a program is its VM's only
   thread, so the unlocked forms are the ordinary ones and a lock is always
   free. ---- */

int getc_unlocked(FILE *f) { return fgetc_unlocked(f); }
int getchar_unlocked(void) { return fgetc_unlocked(stdin); }
int putc_unlocked(int c, FILE *f) { return fputc_unlocked(c, f); }
int putchar_unlocked(int c) { return fputc_unlocked(c, stdout); }
int feof_unlocked(FILE *f) { return feof(f); }
int ferror_unlocked(FILE *f) { return ferror(f); }
void clearerr_unlocked(FILE *f) { clearerr(f); }
int fileno_unlocked(FILE *f) { return fileno(f); }
/* A stream's lock is recursive: a thread that holds it takes it again. */
void __vox_lock(int *w);
int __vox_trylock(int *w);
void __vox_unlock(int *w);

void flockfile(FILE *f) {
    unsigned long me = __builtin_vox("tself");
    if (f->owner != me) {
        __vox_lock(&f->lock);
        f->owner = me;
    }
    f->count++;
}

int ftrylockfile(FILE *f) {
    unsigned long me = __builtin_vox("tself");
    if (f->owner != me) {
        if (!__vox_trylock(&f->lock)) return -1;
        f->owner = me;
    }
    f->count++;
    return 0;
}

void funlockfile(FILE *f) {
    if (f->owner != __builtin_vox("tself") || --f->count) return;
    f->owner = 0;
    __vox_unlock(&f->lock);
}

/* BSD's buffer setters, over setvbuf. */
void setbuffer(FILE *f, char *buf, size_t size) { setvbuf(f, buf, buf ? _IOFBF : _IONBF, size); }
void setlinebuf(FILE *f) { setvbuf(f, 0, _IOLBF, 0); }

/* tmpnam_r: tmpnam into the caller's buffer, never the static one. */
char *tmpnam_r(char *s) { return s ? tmpnam(s) : 0; }

/* tempnam, as glibc's __path_search and __gen_tempname (no file made). */
static int is_dir(const char *d) {
    struct stat st;
    return d && stat(d, &st) == 0 && S_ISDIR(st.st_mode);
}

char *tempnam(const char *dir, const char *pfx) {
    static unsigned long serial;
    static const char letters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    int plen = 4;
    if (!pfx || !pfx[0]) pfx = "file";
    else if ((plen = (int)strlen(pfx)) > 5) plen = 5;
    const char *d = getenv("TMPDIR");
    if (!is_dir(d)) d = is_dir(dir) ? dir : is_dir(P_tmpdir) ? P_tmpdir : 0;
    if (!d) {
        errno = ENOENT;
        return 0;
    }
    int dlen = (int)strlen(d);
    while (dlen > 1 && d[dlen - 1] == '/') dlen--;
    size_t size = (size_t)dlen + (size_t)plen + 8;
    char *name = malloc(size);
    if (!name) return 0;
    for (int tries = 0; tries < 1000; tries++) {
        unsigned long v = ++serial * 2654435761u;
        int n = snprintf(name, size, "%.*s/%.*s", dlen, d, plen, pfx);
        for (int i = 0; i < 6; i++) {
            name[n + i] = letters[v % 62];
            v /= 62;
        }
        name[n + 6] = 0;
        struct stat st;
        if (stat(name, &st) != 0) {
            if (errno == ENOENT) return name;
            break;
        }
    }
    free(name);
    return 0;
}

/* <stdio_ext.h>: a stream reads when it is read-only or has input
   buffered, writes when it is write-only or has output buffered. */
size_t __fbufsize(FILE *f) { return f->size; }
int __freading(FILE *f) { return !(f->flags & F_WRITE) || f->rlen > f->rpos || f->unget != EOF; }
int __fwriting(FILE *f) { return !(f->flags & F_READ) || f->wlen > 0; }
int __freadable(FILE *f) { return (f->flags & F_READ) != 0; }
int __fwritable(FILE *f) { return (f->flags & F_WRITE) != 0; }
int __flbf(FILE *f) { return f->mode == _IOLBF; }
size_t __fpending(FILE *f) { return f->wlen; }

void __fpurge(FILE *f) {
    f->wlen = 0;
    f->rpos = f->rlen = 0;
    f->unget = EOF;
}

int fpurge(FILE *f) {
    __fpurge(f);
    return 0;
}

void _flushlbf(void) {
    for (FILE *p = open_files; p; p = p->next)
        if (p->mode == _IOLBF && p->wlen) flush_out(p);
}

int __fsetlocking(FILE *f, int type) {
    (void)f, (void)type;
    return FSETLOCKING_INTERNAL;
}
