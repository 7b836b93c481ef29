/* The hostile scripts of the load test (tests/tests/load.rs), one per
 * argv[1]: each must be stopped by the VM, never by luck. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern long host_mix(long, long);

static int deep(int x) { return deep(x + 1) + 1; }

int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "";
    if (!strcmp(what, "spin")) {            /* the step limit or an interrupt */
        volatile unsigned long i = 0;
        for (;;)
            i++;
    }
    if (!strcmp(what, "bomb")) {            /* the memory cap */
        /* `alloc` traps at the cap where malloc would return NULL. */
        for (;;)
            memset((char *)__builtin_vox("alloc", 1UL << 20), 1, 1 << 20);
    }
    if (!strcmp(what, "deep"))              /* the recursion limit */
        return deep(argc);
    if (!strcmp(what, "null")) {            /* a null dereference */
        int *volatile p = 0;
        return *p;
    }
    if (!strcmp(what, "host"))              /* a host function that fails */
        return (int)host_mix(-1, 0);
    printf("unknown shape %s\n", what);
    return 1;
}
