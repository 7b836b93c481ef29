/* <stdlib.h>'s memory functions, on the VM heap. A member of its own
   (not of stdlib.c) because nearly every program calls malloc: crt0's
   _start does, for argv. Compiling a member costs what its headers and
   text cost, whichever of its functions are asked for. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <malloc.h>
#include <string.h>
#include <errno.h>

void *malloc(size_t n) { return (void *)__builtin_vox("tryalloc", n); }

void free(void *p) {
    if (p) __builtin_vox("free", p);
}

void *calloc(size_t n, size_t size) {
    size_t total = n * size;
    if (size && total / size != n) return 0;
    void *p = malloc(total);
    if (p) memset(p, 0, total);
    return p;
}

void *realloc(void *p, size_t n) { return (void *)__builtin_vox("tryrealloc", p, n); }

void *reallocarray(void *p, size_t n, size_t size) {
    if (size && n > (size_t)-1 / size) {
        errno = ENOMEM;
        return 0;
    }
    return realloc(p, n * size);
}

unsigned long __vox_usable_size(void *p);

/* glibc's: the bytes usable in the block `p` points at (at least what was
   asked for); 0 for NULL or for anything malloc did not return. */
size_t malloc_usable_size(void *p) { return p ? __vox_usable_size(p) : 0; }

void *aligned_alloc(size_t align, size_t n) {
    /* Heap blocks are 16-byte aligned; larger alignments are not offered. */
    return align <= 16 ? malloc(n) : 0;
}

void *memalign(size_t align, size_t n) {
    if (!align || (align & (align - 1))) {
        errno = EINVAL;
        return 0;
    }
    if (align > 16) {
        errno = ENOMEM;
        return 0;
    }
    return malloc(n);
}

int posix_memalign(void **out, size_t align, size_t n) {
    if (align < sizeof(void *) || (align & (align - 1))) return EINVAL;
    if (align > 16) return ENOMEM;
    void *p = malloc(n ? n : 1);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}
