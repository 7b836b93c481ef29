/* GNU __builtin_return_address(N): equal values for the same call site,
   different ones for different sites, level 1 seen through a callee, and
   __builtin_extract_return_addr as the identity. Leaf functions that use it
   must keep their own frame (an inliner must not copy them). */
#include <stdio.h>

__attribute__((noinline)) static void *leaf(void) { return __builtin_return_address(0); }

__attribute__((noinline)) static void *inner(void) { return __builtin_return_address(1); }

__attribute__((noinline)) static void *outer(void) { return inner(); }

static void *saved;

__attribute__((noinline)) static void record(void) {
    saved = __builtin_extract_return_addr(__builtin_return_address(0));
}

__attribute__((noinline)) static void *twice(int which) {
    /* Two call sites of leaf in one function. */
    return which ? leaf() : leaf();
}

__attribute__((noinline)) static void *site(void) { return leaf(); }

int main(void) {
    void *a[4], *b[4], *r[3];
    for (int i = 0; i < 4; i++) a[i] = site();  /* one site, called 4 times */
    for (int i = 0; i < 4; i++) b[i] = outer(); /* level 1: outer's return point */
    printf("leaf non-null: %d\n", a[0] != 0);
    printf("same site, same value: %d %d %d\n", a[0] == a[1], a[1] == a[2], a[2] == a[3]);
    printf("level 1 stable: %d %d\n", b[0] == b[1], b[2] == b[3]);
    printf("level 0 vs level 1 differ: %d\n", a[0] != b[0]);
    printf("two sites differ: %d\n", twice(0) != twice(1));
    printf("each site stable: %d %d\n", twice(0) == twice(0), twice(1) == twice(1));
    for (int i = 0; i < 3; i++) {
        record();
        r[i] = saved;
    }
    printf("recorded in a loop: %d %d\n", r[0] == r[1], r[1] == r[2]);
    record();
    printf("another site: %d\n", saved != r[0]);
    return 0;
}
