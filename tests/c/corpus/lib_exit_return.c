/* main returning a nonzero status 7 after output; atexit handlers run in reverse order and can print */
#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("atexit: first registered, runs last\n"); }
static void second(void) { printf("atexit: second registered\n"); }
static void third(void) { printf("atexit: third registered, runs first\n"); }

int main(void) {
    atexit(first);
    atexit(second);
    atexit(third);
    printf("main body");
    return 7;
}
