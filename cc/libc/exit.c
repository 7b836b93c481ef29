/* exit and what it runs, _Exit and quick_exit. A member of its own (not
   of stdlib.c) because every program ends in exit: crt0's _start calls it.
   Compiling a member costs what its headers and text cost, whichever of
   its functions are asked for. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <stdio.h>

/* exit: atexit handlers (last registered first), destructors, then flush
   streams. */
/* One list for atexit and on_exit (glibc's) handlers, run in reverse
   order of registration. */
static struct {
    void (*fn)(void);
    void (*fn_status)(int, void *);
    void *arg;
} atexit_fns[64];
static int atexit_n;

int atexit(void (*fn)(void)) {
    if (atexit_n == 64) return -1;
    atexit_fns[atexit_n].fn = fn;
    atexit_fns[atexit_n].fn_status = 0;
    atexit_n++;
    return 0;
}

int on_exit(void (*fn)(int, void *), void *arg) {
    if (atexit_n == 64) return -1;
    atexit_fns[atexit_n].fn = 0;
    atexit_fns[atexit_n].fn_status = fn;
    atexit_fns[atexit_n].arg = arg;
    atexit_n++;
    return 0;
}

/* The functions marked __attribute__((destructor)), in calling order and
   null-terminated: the linker fills this array (src/link.rs). */
void (*__vox_fini_array[1])(void);
static int fini_done;

/* Set by mmap (mman.c) once a shared file mapping exists: writes what the
   program changed in them back to their files, as the kernel would. */
void (*__vox_unmap_all)(void);

void exit(int status) {
    while (atexit_n) {
        atexit_n--;
        if (atexit_fns[atexit_n].fn) atexit_fns[atexit_n].fn();
        else atexit_fns[atexit_n].fn_status(status, atexit_fns[atexit_n].arg);
    }
    /* Each runs once, even if one calls exit. */
    while (__vox_fini_array[fini_done]) __vox_fini_array[fini_done++]();
    fflush(0);
    if (__vox_unmap_all) __vox_unmap_all();
    __builtin_vox("halt", status);
    for (;;) {}
}

void _Exit(int status) {
    __builtin_vox("halt", status);
    for (;;) {}
}

/* abort is in signal.c (it raises SIGABRT first). */

/* quick_exit: its own handlers, no flushing. */
static void (*quick_fns[32])(void);
static int quick_n;

int at_quick_exit(void (*fn)(void)) {
    if (quick_n == 32) return -1;
    quick_fns[quick_n++] = fn;
    return 0;
}

void quick_exit(int status) {
    while (quick_n) quick_fns[--quick_n]();
    _Exit(status);
}
