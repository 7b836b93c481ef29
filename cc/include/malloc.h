/* <malloc.h> for voxcc: glibc's header for the heap functions of <stdlib.h>
   and malloc_usable_size. The heap is the VM's: blocks are 16-byte aligned,
   so memalign offers no larger alignment (it fails with ENOMEM for one). */
#ifndef __VOXCC_MALLOC_H
#define __VOXCC_MALLOC_H
#include <stddef.h>
void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
void free(void *p);
void *memalign(size_t align, size_t n);
size_t malloc_usable_size(void *p);
void *valloc(size_t n);
void *pvalloc(size_t n);
#endif
