/* GNU constructor and destructor attributes: constructors run before main
   by priority, then declaration order (the attribute may be on a prototype);
   destructors run at exit after the atexit handlers, in the reverse order;
   exit() from inside main runs them too. */
#include <stdio.h>
#include <stdlib.h>

static int order[16];
static int n;

static void __attribute__((constructor)) c1(void) { order[n++] = 1; }
void c2(void) __attribute__((constructor));
void c2(void) { order[n++] = 2; }
__attribute__((constructor(200))) static void c3(void) { order[n++] = 3; }
__attribute__((__constructor__(150))) static void c4(void) { order[n++] = 4; }

static void __attribute__((destructor)) d1(void) { printf("d1\n"); }
static void __attribute__((destructor)) d2(void) { printf("d2\n"); }
static void __attribute__((destructor(150))) d3(void) { printf("d3 150\n"); }
static void __attribute__((destructor(200))) d4(void) { printf("d4 200\n"); fflush(stdout); }
static void ae(void) { printf("atexit\n"); }

int main(int argc, char **argv) {
    (void)argv;
    atexit(ae);
    printf("constructors ran:");
    for (int i = 0; i < n; i++) printf(" %d", order[i]);
    printf("\n");
    if (argc > 0) exit(3);
    return 0;
}
