/* _Exit ends the program at once: no atexit handlers, no flushing, so
   what was only buffered is lost, as in C; what was flushed stays. */
#include <stdio.h>
#include <stdlib.h>

static void handler(void) { printf("not printed\n"); }

int main(void) {
    atexit(handler);
    setvbuf(stdout, NULL, _IOFBF, 1024);
    printf("flushed before _Exit\n");
    fflush(stdout);
    printf("lost: still in the buffer\n");
    _Exit(5);
}
