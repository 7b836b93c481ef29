/* Returning from main flushes a fully buffered stdout (and runs the
   atexit handlers); the status is main's return value. */
#include <stdio.h>
#include <stdlib.h>

static void bye(void) { fputs("bye from atexit\n", stdout); }

int main(void) {
    setvbuf(stdout, NULL, _IOFBF, 4096);
    atexit(bye);
    for (int i = 0; i < 3; i++) printf("buffered line %d\n", i);
    fprintf(stderr, "stderr is unbuffered\n");
    return 3;
}
