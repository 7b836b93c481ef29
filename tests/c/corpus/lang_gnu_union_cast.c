/* GNU cast to a union from the type of one of its members (gcc's 960416-1):
   the union with that member set, as an argument, in an initializer and
   at file scope. */
#include <stdio.h>

union U { unsigned long long d; int i; double f; char *s; };

static int f(union U u) { return (int)u.d; }
static union U g = (union U)2.5;

int main(void) {
    int k = 41;
    union U a = (union U)(k + 1);
    union U b = (union U)"text";
    printf("%d %d %g %s\n", f((union U)5ULL), a.i, g.f, b.s);
    printf("%g\n", ((union U)0.25).f);
    return 0;
}
