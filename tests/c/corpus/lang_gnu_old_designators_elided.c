/* GNU's obsolete `member: value` designators met inside elided braces: the
   elided level (an array member, an inner struct) ends there and the
   enclosing struct takes the designator, as gcc does. */
#include <stdio.h>

struct s { int a[2]; int b; int c; };
struct in { int u, v; };
struct q { struct in in; int w; };

struct s x = { 1, 2, c: 3 };
struct s y = { 5, b: 6, 7 };
struct q z = { 1, w: 9 };

int main(void) {
    struct s l = { 4, b: 8, c: 1 };
    struct q m = { 2, 3, w: 4 };
    printf("%d %d %d %d\n", x.a[0], x.a[1], x.b, x.c);
    printf("%d %d %d %d\n", y.a[0], y.a[1], y.b, y.c);
    printf("%d %d %d\n", z.in.u, z.in.v, z.w);
    printf("%d %d %d %d\n", l.a[0], l.a[1], l.b, l.c);
    printf("%d %d %d\n", m.in.u, m.in.v, m.w);
    return 0;
}
