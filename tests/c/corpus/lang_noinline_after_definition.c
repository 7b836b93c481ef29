/* A function declared noinline only after its definition and a caller's:
 * the attribute still keeps it from being inlined anywhere (voxcc's early
 * backend guesses otherwise while parsing the caller, and must find out). */
#include <stdio.h>

static int twice(int x) { return 2 * x; }

int four_times(int x) { return twice(twice(x)); }

static int twice(int x) __attribute__((noinline));

int weak_value(void);

int main(void) {
    int s = 0;
    for (int i = 0; i < 10; i++)
        s += four_times(i) + twice(i);
    printf("%d %d\n", s, weak_value());
    return 0;
}

/* Weak and defined after its only caller: an ordinary definition elsewhere
 * would win, and here it is the one. */
__attribute__((weak)) int weak_value(void) { return 7; }
