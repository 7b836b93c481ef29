/* GNU's obsolete `member: value` designators (gcc's 20030408-1, 991228-1,
   compndlit-1, struct-ini-4): in any order, nested, mixed with C99 ones,
   in compound literals and arrays of structs, and next to `?:`. */
#include <stdio.h>

struct S { int a, b; };
struct T { struct S s; double d; char name[8]; };
union U { int i; float f; };

static struct T g = { d: 2.5, s: { b: 7, a: 6 }, name: "gnu" };

int main(void) {
    int k = 3;
    struct S s = { b: 2, a: 1 };
    struct S arr[3] = { [1] = { b: 9 }, { a: k > 2 ? 5 : 4, b: k }, };
    union U u = { f: 1.5f };
    struct S c = (struct S){ b: k, a: k * 2 };
    printf("%d %d\n", s.a, s.b);
    printf("%d %d %g %s\n", g.s.a, g.s.b, g.d, g.name);
    for (int i = 0; i < 3; i++)
        printf("arr[%d] = %d %d\n", i, arr[i].a, arr[i].b);
    printf("%g %d %d\n", u.f, c.a, c.b);
    return 0;
}
