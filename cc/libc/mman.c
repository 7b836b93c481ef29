/* <sys/mman.h>: mappings as page-aligned blocks of the VM heap. Each keeps
   the block malloc returned (the mapping starts at its first page
   boundary) so munmap can free it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096UL

struct mapping {
    char *start;
    size_t len; /* rounded up to whole pages */
    void *block;
    struct mapping *next;
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
    mappings = m;
    return m;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
    (void)addr;
    int type = flags & MAP_TYPE;
    if (!len || (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE) ||
        (off & (PAGE - 1)))
        return fail(EINVAL);
    if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) return fail(ENOMEM);
    if (!(flags & MAP_ANONYMOUS)) {
        if (off < 0) return fail(EINVAL);
        if (type != MAP_PRIVATE && (prot & PROT_WRITE)) return fail(ENODEV);
        if (lseek(fd, 0, SEEK_CUR) < 0) return fail(errno == ESPIPE ? ENODEV : EBADF);
    }
    if (len > (size_t)-1 - PAGE) return fail(ENOMEM);
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
    if (m && pages(len) >= m->len) {
        *p = m->next;
        free(m->block);
        free(m);
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
    (void)addr, (void)len;
    if ((flags & MS_SYNC) && (flags & MS_ASYNC)) {
        errno = EINVAL;
        return -1;
    }
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
