/* A failed assert: the message glibc prints, then abort (a trap that names
   the function and line in its backtrace). */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func) {
    fprintf(stderr, "%s:%u: %s: Assertion `%s' failed.\n", file, line, func, expr);
    __builtin_vox("trap", "assertion failed");
}
