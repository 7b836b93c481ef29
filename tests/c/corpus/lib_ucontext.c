/* <ucontext.h> coroutines: a generator that yields through swapcontext,
   arguments from makecontext, uc_link back to the caller when a context
   returns, a second context switching straight into the first, and
   thread-local objects and errno shared by the contexts of one thread. */
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>
#include <errno.h>

static ucontext_t main_ctx, gen_ctx, other_ctx;
static int yielded;
static __thread int tl = 5;

static void generator(int from, int to) {
    for (int i = from; i < to; i++) {
        yielded = i;
        tl++;
        swapcontext(&gen_ctx, &main_ctx);
    }
    yielded = -1;
}

static void other(void) {
    printf("other runs, tl %d, errno %d\n", tl, errno);
    swapcontext(&other_ctx, &gen_ctx);
    printf("other resumed\n");
}

int main(void) {
    static char stack[65536], stack2[65536];
    getcontext(&gen_ctx);
    gen_ctx.uc_stack.ss_sp = stack;
    gen_ctx.uc_stack.ss_size = sizeof stack;
    gen_ctx.uc_link = &main_ctx;
    makecontext(&gen_ctx, (void (*)(void))generator, 2, 3, 7);
    errno = 33;
    for (;;) {
        swapcontext(&main_ctx, &gen_ctx);
        if (yielded < 0) break;
        printf("got %d (tl %d)\n", yielded, tl);
        if (yielded == 5) {
            getcontext(&other_ctx);
            other_ctx.uc_stack.ss_sp = stack2;
            other_ctx.uc_stack.ss_size = sizeof stack2;
            other_ctx.uc_link = &main_ctx;
            makecontext(&other_ctx, other, 0);
            swapcontext(&main_ctx, &other_ctx);
            printf("back from other: %d\n", yielded);
        }
    }
    printf("generator done, tl %d\n", tl);
    return 0;
}
