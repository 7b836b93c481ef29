/* variadic macros with __VA_ARGS__: forwarding to printf, counting arguments, stringifying the list */
#include <stdio.h>

#define LOG(fmt, ...) printf("[log] " fmt "\n", __VA_ARGS__)
#define LOG0(...) printf(__VA_ARGS__)
#define SHOW_ARGS(...) printf("args: %s\n", #__VA_ARGS__)
#define COUNT_ARGS(...) COUNT_IMPL(__VA_ARGS__, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define COUNT_IMPL(a1, a2, a3, a4, a5, a6, a7, a8, n, ...) n
#define FIRST(a, ...) a
#define REST(a, ...) __VA_ARGS__
#define SUM3(a, b, c) ((a) + (b) + (c))
#define APPLY(m, ...) m(__VA_ARGS__)
#define ARRAY(...) ((int[]){ __VA_ARGS__ })
#define NARRAY(...) (sizeof((int[]){ __VA_ARGS__ }) / sizeof(int))

int main(void) {
    LOG("x=%d y=%d", 1, 2);
    LOG("%s", "single");
    LOG0("no extra args\n");
    LOG0("%d-%d-%d\n", 7, 8, 9);
    SHOW_ARGS(a, b,   c);
    SHOW_ARGS();
    printf("count: %d %d %d %d\n", COUNT_ARGS(a), COUNT_ARGS(a, b), COUNT_ARGS(a, b, c, d, e), COUNT_ARGS(1, 2, 3, 4, 5, 6, 7, 8));
    printf("FIRST = %d\n", FIRST(10, 20, 30));
    printf("SUM3(REST) = %d\n", APPLY(SUM3, REST(0, 4, 5, 6)));
    int *a = ARRAY(3, 1, 4, 1, 5);
    printf("ARRAY[4] = %d, NARRAY = %zu\n", a[4], NARRAY(3, 1, 4, 1, 5, 9));
    return 0;
}
