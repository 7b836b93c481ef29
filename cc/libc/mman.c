/* <sys/mman.h>: mappings as page-aligned blocks of the VM heap. Each keeps
   the block malloc returned (the mapping starts at its first page
   boundary) so munmap can free it.

   A MAP_SHARED mapping of a file is a copy of its bytes that goes back to
   the file: at msync, at the last munmap, and at exit (the kernel's page
   cache, done by hand). Only the bytes the program changed through the
   mapping are written (each shared mapping keeps the file's bytes as it
   last saw them), so a write() elsewhere in the file is not undone, and
   nothing past the file's end is written, as with real pages. Mapping the
   same pages of a file again gives the same memory; a mapping that
   overlaps another one's pages without being the same fails with ENODEV.
   The mapping holds the file by a descriptor of its own, so the program
   may close its own. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define PAGE 4096UL

int __vox_dup(int fd, int to, int how);
int __vox_close(int fd);
/* Called by exit (stdlib.c) once a shared mapping exists. */
extern void (*__vox_unmap_all)(void);

struct mapping {
    char *start;
    size_t len; /* rounded up to whole pages */
    void *block;
    struct mapping *next;
    /* Shared mappings of a file only: */
    int fd;               /* the mapping's own descriptor of the file, or -1 */
    off_t off;            /* where in the file it starts */
    ino_t ino;            /* which file */
    int refs;             /* munmaps until it goes */
    unsigned char *clean; /* the file's bytes as last read or written; 0 while read-only */
};

static struct mapping *mappings;

static void *fail(int e) {
    errno = e;
    return MAP_FAILED;
}

static size_t pages(size_t len) { return (len + PAGE - 1) & ~(PAGE - 1); }

static struct mapping **find(const void *addr) {
    struct mapping **m = &mappings;
    while (*m && (*m)->start != (const char *)addr) m = &(*m)->next;
    return m;
}

/* A zeroed, page-aligned mapping of `len` bytes (a whole number of pages). */
static struct mapping *new_mapping(size_t len) {
    struct mapping *m = malloc(sizeof *m);
    if (!m) return 0;
    char *block = len <= (size_t)-1 - PAGE ? calloc(1, len + PAGE - 16) : 0;
    if (!block) {
        free(m);
        return 0;
    }
    m->block = block;
    m->start = (char *)(((unsigned long)block + PAGE - 1) & ~(PAGE - 1));
    m->len = len;
    m->next = mappings;
    m->fd = -1;
    m->clean = 0;
    m->refs = 1;
    mappings = m;
    return m;
}

/* Writes what the program changed in shared mapping `m` back to its file:
   each run of bytes that differ from `clean`, up to the file's end. */
static int write_back(struct mapping *m) {
    if (!m->clean) return 0;
    struct stat st;
    if (fstat(m->fd, &st) < 0) return -1;
    size_t n = st.st_size > m->off ? (size_t)(st.st_size - m->off) : 0;
    if (n > m->len) n = m->len;
    const unsigned char *now = (const unsigned char *)m->start;
    for (size_t i = 0; i < n;) {
        if (now[i] == m->clean[i]) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && now[j] != m->clean[j]) j++;
        for (size_t k = i; k < j;) {
            ssize_t w = pwrite(m->fd, now + k, j - k, m->off + (off_t)k);
            if (w <= 0) return -1;
            k += (size_t)w;
        }
        memcpy(m->clean + i, now + i, j - i);
        i = j;
    }
    return 0;
}

static void release(struct mapping *m) {
    if (m->fd >= 0) {
        write_back(m);
        __vox_close(m->fd);
        free(m->clean);
    }
    free(m->block);
    free(m);
}

static void unmap_all(void) {
    for (struct mapping *m = mappings; m; m = m->next) write_back(m);
}

/* A MAP_SHARED mapping of `len` bytes of file `fd` from `off`. */
static void *map_shared(size_t len, int prot, int fd, off_t off) {
    struct stat st;
    if (fstat(fd, &st) < 0) return fail(EBADF);
    if (S_ISDIR(st.st_mode)) return fail(ENODEV);
    size_t span = pages(len);
    for (struct mapping *m = mappings; m; m = m->next) {
        if (m->fd < 0 || m->ino != st.st_ino) continue;
        if (m->off == off && m->len == span) {
            if (prot & PROT_WRITE) {
                /* Fails unless `fd` was opened for writing. */
                int w = __vox_dup(fd, 1, 2);
                if (w < 0) return fail(-w);
                if (m->clean) {
                    __vox_close(w);
                } else {
                    /* Its first writable sharer: changes go back from now. */
                    m->clean = malloc(span);
                    if (!m->clean) {
                        __vox_close(w);
                        return fail(ENOMEM);
                    }
                    memcpy(m->clean, m->start, span);
                    __vox_close(m->fd);
                    m->fd = w;
                }
            }
            m->refs++;
            return m->start;
        }
        if (off < m->off + (off_t)m->len && m->off < off + (off_t)span) return fail(ENODEV);
    }
    int own = __vox_dup(fd, prot & PROT_WRITE, 2);
    if (own < 0) return fail(-own);
    struct mapping *m = new_mapping(span);
    if (!m) {
        __vox_close(own);
        return fail(ENOMEM);
    }
    m->fd = own;
    m->off = off;
    m->ino = st.st_ino;
    ssize_t n = pread(fd, m->start, len, off);
    if (n >= 0 && (prot & PROT_WRITE)) {
        m->clean = malloc(span);
        if (m->clean) memcpy(m->clean, m->start, span);
        else n = -1, errno = ENOMEM;
    }
    if (n < 0) {
        int e = errno;
        *find(m->start) = m->next;
        release(m);
        return fail(e);
    }
    __vox_unmap_all = unmap_all;
    return m->start;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
    (void)addr;
    int type = flags & MAP_TYPE;
    if (!len || (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE) ||
        (off & (PAGE - 1)))
        return fail(EINVAL);
    if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) return fail(ENOMEM);
    if (len > (size_t)-1 - PAGE) return fail(ENOMEM);
    if (!(flags & MAP_ANONYMOUS)) {
        if (off < 0) return fail(EINVAL);
        if (lseek(fd, 0, SEEK_CUR) < 0) return fail(errno == ESPIPE ? ENODEV : EBADF);
        if (type != MAP_PRIVATE) return map_shared(len, prot, fd, off);
    }
    struct mapping *m = new_mapping(pages(len));
    if (!m) return fail(ENOMEM);
    if (!(flags & MAP_ANONYMOUS)) {
        /* Bytes past the end of the file read as zeros, as in the last page
           of a real mapping. */
        ssize_t n = pread(fd, m->start, len, off);
        if (n < 0) {
            int e = errno;
            munmap(m->start, len);
            return fail(e == EISDIR ? ENODEV : e);
        }
    }
    return m->start;
}

int munmap(void *addr, size_t len) {
    if (!len || ((unsigned long)addr & (PAGE - 1))) {
        errno = EINVAL;
        return -1;
    }
    struct mapping **p = find(addr);
    struct mapping *m = *p;
    /* Unmapping part of a mapping, or what was never mapped, succeeds as on
       Linux; only a whole mapping's memory goes back to the heap. */
    if (m && pages(len) >= m->len && --m->refs == 0) {
        *p = m->next;
        release(m);
    }
    return 0;
}

void *mremap(void *old, size_t old_len, size_t new_len, int flags, ...) {
    struct mapping *m = *find(old);
    if (!m || !new_len || (flags & ~MREMAP_MAYMOVE)) return fail(EINVAL);
    (void)old_len;
    if (pages(new_len) <= m->len) {
        /* Shrinking keeps the block; the pages given up stay unused. */
        return old;
    }
    if (!(flags & MREMAP_MAYMOVE)) return fail(ENOMEM);
    if (new_len > (size_t)-1 - PAGE) return fail(ENOMEM);
    if (m->fd >= 0) {
        /* A shared mapping grows by mapping the file again (after writing
           back what changed); only its sole user may move it. */
        if (m->refs > 1) return fail(EINVAL);
        if (write_back(m) < 0) return MAP_FAILED;
        int fd = m->fd;
        m->fd = -1;
        *find(old) = m->next;
        void *n = map_shared(new_len, m->clean ? PROT_READ | PROT_WRITE : PROT_READ, fd, m->off);
        if (n == MAP_FAILED) {
            int e = errno;
            m->fd = fd;
            m->next = mappings;
            mappings = m;
            return fail(e);
        }
        m->fd = fd;
        release(m);
        return n;
    }
    struct mapping *n = new_mapping(pages(new_len));
    if (!n) return fail(ENOMEM);
    memcpy(n->start, m->start, m->len);
    munmap(old, m->len);
    return n->start;
}

int mprotect(void *addr, size_t len, int prot) {
    (void)addr, (void)len, (void)prot;
    return 0;
}

int msync(void *addr, size_t len, int flags) {
    if ((flags & MS_SYNC) && (flags & MS_ASYNC)) {
        errno = EINVAL;
        return -1;
    }
    const char *a = addr;
    for (struct mapping *m = mappings; m; m = m->next)
        if (a < m->start + m->len && m->start < a + len && write_back(m) < 0) return -1;
    return 0;
}

int madvise(void *addr, size_t len, int advice) {
    (void)addr, (void)len, (void)advice;
    return 0;
}

int posix_madvise(void *addr, size_t len, int advice) {
    (void)addr, (void)len, (void)advice;
    return 0;
}

int mlock(const void *addr, size_t len) {
    (void)addr, (void)len;
    return 0;
}

int munlock(const void *addr, size_t len) {
    (void)addr, (void)len;
    return 0;
}

int mlockall(int flags) {
    (void)flags;
    return 0;
}

int munlockall(void) { return 0; }
