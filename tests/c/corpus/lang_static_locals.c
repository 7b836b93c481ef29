/* static local variables keep their value across calls and are zero-initialized */
#include <stdio.h>

static int counter(void) { static int n; return ++n; }
static int counter2(void) { static int n = 100; n += 10; return n; }
static const char *next_name(void) {
    static const char *names[] = { "a", "b", "c" };
    static int i = 0;
    const char *r = names[i];
    i = (i + 1) % 3;
    return r;
}
static int *get_buffer(void) { static int buf[4]; return buf; }
static long fib_memo(int n) {
    static long memo[60];
    if (n < 2) return n;
    if (memo[n]) return memo[n];
    return memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
}
static int calls_per_scope(int reset) {
    static int total;
    {
        static int inner = 1000; /* separate object despite nested scope */
        inner++;
        if (reset) total = 0;
        total++;
        return total * 10000 + inner;
    }
}

int main(void) {
    int i;
    for (i = 0; i < 5; i++) printf("counter=%d counter2=%d\n", counter(), counter2());
    for (i = 0; i < 7; i++) printf("%s", next_name());
    printf("\n");
    int *b = get_buffer();
    b[2] = 42;
    printf("buffer persists: %d\n", get_buffer()[2]);
    printf("fib_memo(50) = %ld\n", fib_memo(50));
    printf("%d\n", calls_per_scope(0));
    printf("%d\n", calls_per_scope(0));
    printf("%d\n", calls_per_scope(1));
    return counter();
}
