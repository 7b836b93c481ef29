/* exit: atexit handlers run last-registered first, then the streams are
   flushed, so output a handler writes and output still buffered all
   appear; the status is exit's argument. */
#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("handler registered first runs last\n"); }
static void second(void) { printf("handler registered second\n"); }
static void third(void) {
    printf("handler registered third runs first\n");
    fflush(stdout);
}

int main(void) {
    static char buf[256];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    int a = atexit(first);
    int b = atexit(second);
    int c = atexit(third);
    printf("registered: %d %d %d\n", a, b, c);
    printf("this line is still in the buffer when exit is called\n");
    exit(42);
}
