// trap: heap-buffer-overflow: 17-byte write
// in: memcpy
// A bulk copy one byte too long: caught in the library call, and the
// caller's line is in the backtrace.
#include <stdlib.h>
#include <string.h>
int main(void) {
    char src[32] = "0123456789abcdef";
    char *dst = malloc(16); /* ALLOC */
    memcpy(dst, src, 17); /* CALLER */
    return dst[0];
}
