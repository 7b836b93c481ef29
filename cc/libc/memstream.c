/* POSIX memory streams, as cookie streams (see stdio.c). fmemopen follows
   glibc's (2.22 and later) rules for positions, the end of the data and
   the null byte written after it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

struct fmem {
    char *buf;
    size_t size;    /* the buffer's size */
    size_t maxpos;  /* the end of the data */
    size_t pos;
    int append;
    int own;        /* buf was allocated here */
};

static ssize_t fmem_read(void *cookie, char *b, size_t n) {
    struct fmem *c = cookie;
    if (c->pos >= c->maxpos) return 0;
    if (n > c->maxpos - c->pos) n = c->maxpos - c->pos;
    memcpy(b, c->buf + c->pos, n);
    c->pos += n;
    return (ssize_t)n;
}

static ssize_t fmem_write(void *cookie, const char *b, size_t n) {
    struct fmem *c = cookie;
    size_t pos = c->append ? c->maxpos : c->pos;
    int addnull = n == 0 || b[n - 1] != 0;
    if (pos > c->size || n > c->size - pos) {
        if (c->pos + addnull >= c->size) {
            errno = ENOSPC;
            return 0;
        }
        n = c->size - pos;
    }
    memcpy(c->buf + pos, b, n);
    c->pos = pos + n;
    if (c->pos > c->maxpos) {
        c->maxpos = c->pos;
        if (c->maxpos < c->size && addnull) c->buf[c->maxpos] = 0;
        else if (!c->append && addnull) c->buf[c->size - 1] = 0;
    }
    return (ssize_t)n;
}

/* The position `*off` from `whence` names, for a stream at `pos` whose
   data ends at `end`; -1 (EINVAL) for a bad `whence` or a negative result. */
static long seek_target(off64_t off, int whence, size_t pos, size_t end) {
    long base;
    switch (whence) {
    case SEEK_SET: base = 0; break;
    case SEEK_CUR: base = (long)pos; break;
    case SEEK_END: base = (long)end; break;
    default: errno = EINVAL; return -1;
    }
    long np = base + off;
    if (np < 0) errno = EINVAL;
    return np < 0 ? -1 : np;
}

static int fmem_seek(void *cookie, off64_t *off, int whence) {
    struct fmem *c = cookie;
    long np = seek_target(*off, whence, c->pos, c->maxpos);
    if (np < 0) return -1;
    if ((size_t)np > c->size) {
        errno = EINVAL;
        return -1;
    }
    c->pos = (size_t)np;
    *off = np;
    return 0;
}

static int fmem_close(void *cookie) {
    struct fmem *c = cookie;
    if (c->own) free(c->buf);
    free(c);
    return 0;
}

FILE *fmemopen(void *buf, size_t size, const char *mode) {
    /* A size of 0 is refused, as POSIX allows (glibc would write a null
       byte into a buffer of no bytes). */
    if (size == 0 || !mode || !strchr("rwa", mode[0])) {
        errno = EINVAL;
        return 0;
    }
    struct fmem *c = calloc(1, sizeof *c);
    if (!c) return 0;
    if (!buf) {
        c->buf = malloc(size);
        if (!c->buf) {
            free(c);
            return 0;
        }
        c->buf[0] = 0;
        c->own = 1;
    } else {
        c->buf = buf;
        /* w+ truncates the buffer, as POSIX says; a appends at its first
           null byte. */
        if (mode[0] == 'w' && mode[1] == '+') c->buf[0] = 0;
        if (mode[0] == 'a') c->maxpos = strnlen(c->buf, size);
    }
    c->size = size;
    if (mode[0] == 'r') c->maxpos = size;
    c->append = mode[0] == 'a';
    c->pos = c->append ? c->maxpos : 0;
    cookie_io_functions_t io = {fmem_read, fmem_write, fmem_seek, fmem_close};
    FILE *f = fopencookie(c, mode, io);
    if (!f) fmem_close(c);
    return f;
}

struct memstream {
    char **ptr;
    size_t *sizep;
    char *buf;
    size_t cap, len, pos;
};

/* What the program sees after a flush: the buffer, null-terminated, and
   the smaller of the position and the length, as POSIX says. */
static void memstream_publish(struct memstream *m) {
    *m->ptr = m->buf;
    *m->sizep = m->pos < m->len ? m->pos : m->len;
}

static ssize_t memstream_write(void *cookie, const char *b, size_t n) {
    struct memstream *m = cookie;
    if (n > (size_t)-1 / 2 - m->pos) {
        errno = EFBIG;
        return 0;
    }
    size_t need = m->pos + n + 1;
    if (need > m->cap) {
        size_t cap = m->cap * 2 > need ? m->cap * 2 : need;
        char *p = realloc(m->buf, cap);
        if (!p) {
            errno = ENOMEM;
            return 0;
        }
        m->buf = p;
        m->cap = cap;
    }
    /* Past the end after a seek: the gap reads as null bytes. */
    if (m->pos > m->len) memset(m->buf + m->len, 0, m->pos - m->len);
    memcpy(m->buf + m->pos, b, n);
    m->pos += n;
    if (m->pos > m->len) m->len = m->pos;
    m->buf[m->len] = 0;
    memstream_publish(m);
    return (ssize_t)n;
}

static int memstream_seek(void *cookie, off64_t *off, int whence) {
    struct memstream *m = cookie;
    long np = seek_target(*off, whence, m->pos, m->len);
    if (np < 0) return -1;
    m->pos = (size_t)np;
    *off = np;
    memstream_publish(m);
    return 0;
}

static int memstream_close(void *cookie) {
    struct memstream *m = cookie;
    memstream_publish(m);
    free(m);
    return 0;
}

FILE *open_memstream(char **ptr, size_t *size) {
    if (!ptr || !size) {
        errno = EINVAL;
        return 0;
    }
    struct memstream *m = calloc(1, sizeof *m);
    if (!m) return 0;
    m->cap = 128;
    m->buf = calloc(1, m->cap);
    if (!m->buf) {
        free(m);
        return 0;
    }
    /* *ptr and *size are set at the first flush, as in glibc. */
    m->ptr = ptr;
    m->sizep = size;
    /* Writes only: the program reads the buffer itself. */
    cookie_io_functions_t io = {0, memstream_write, memstream_seek, memstream_close};
    FILE *f = fopencookie(m, "w", io);
    if (!f) {
        free(m->buf);
        free(m);
    }
    return f;
}
