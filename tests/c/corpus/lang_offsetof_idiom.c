/* The traditional offsetof, `(size_t)&((T *)0)->m`, is an integer constant
   as gcc takes it: an array size at file scope, an enumerator, a case
   label, a static initializer; nested members and array elements too. */
#include <stddef.h>
#include <stdio.h>

struct inner { short x, y; };
struct s {
    char c;
    int a[4];
    struct inner in;
    double d;
};
#define OFF(t, m) ((size_t)&((t *)0)->m)

static char g1[OFF(struct s, a)];
enum { E_IN_Y = OFF(struct s, in.y), E_A2 = OFF(struct s, a[2]) };
static const size_t table[] = {OFF(struct s, c), OFF(struct s, d), OFF(struct s, in)};
_Static_assert(OFF(struct s, d) == offsetof(struct s, d), "same as offsetof");

static const char *name(size_t off) {
    switch (off) {
    case OFF(struct s, c): return "c";
    case OFF(struct s, a): return "a";
    case OFF(struct s, in.x): return "in.x";
    case OFF(struct s, d): return "d";
    default: return "?";
    }
}

int main(void) {
    printf("sizeof g1 %zu, in.y %d, a[2] %d\n", sizeof g1, E_IN_Y, E_A2);
    printf("table %zu %zu %zu\n", table[0], table[1], table[2]);
    for (size_t i = 0; i < sizeof(struct s); i++)
        if (*name(i) != '?') printf("%zu: %s\n", i, name(i));
    return 0;
}
