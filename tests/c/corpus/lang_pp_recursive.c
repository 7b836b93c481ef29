/* macros that look recursive: self-reference is not re-expanded; indirect chains; object vs function names */
#include <stdio.h>

static int foo = 10;
#define foo (foo + 1)         /* refers to the variable inside, no infinite recursion */
#define bar baz
#define baz bar               /* bar -> baz -> bar stops */
static int bar = 3;
static int baz = 4;
#define f(x) (x + f)          /* f inside is not expanded again */
static int f = 100;
#define g(x) x
#define h g(h)
static int h_val = 7;
#define DOUBLE(x) (2 * (x))
#define QUAD(x) DOUBLE(DOUBLE(x))
#define EXP3(x) QUAD(QUAD(QUAD(x)))
#define EMPTY()
#define DEFER(m) m EMPTY()
#define EXPAND(x) x

int main(void) {
    printf("foo = %d\n", foo);
    printf("bar = %d (expands to baz then stops at bar)\n", bar);
    printf("baz = %d\n", baz);
    printf("f(1) = %d\n", f(1));
    printf("DOUBLE(DOUBLE(3)) = %d\n", DOUBLE(DOUBLE(3)));
    printf("EXP3(1) = %d\n", EXP3(1));
    int h = h_val;            /* h -> g(h) -> h (not re-expanded) */
    printf("h = %d\n", h);
    printf("%d\n", EXPAND(DEFER(DOUBLE)(21)));
    return 0;
}
