/* Initializers that override what an earlier one gave (C11 6.7.9p19): a
 * braced list initializes its whole subobject, so members it does not name
 * become zero again; a designator into a subobject changes only that member.
 * gcc and clang agree on every line. */
#include <stdio.h>

struct P { int a, b; };
struct Q { struct P p[2]; int z; };
union U { struct P p; long long l; };
struct W { union U u; char s[4]; struct { short x, y; } in; };

static struct Q sq = { { { 1, 2 }, { 3, 4 } }, 5, .p[0] = { .b = 9 } };
static int sa[2][3] = { { 1, 2, 3 }, { 4, 5, 6 }, [1] = { [2] = 7 }, [0][1] = 8 };
static struct W sw = { .s = "abc", .in = { 1, 2 }, .s = { [1] = 'z' }, .in.y = 3 };

int main(void) {
    struct Q q = { { { 1, 2 }, { 3, 4 } }, 5, .p[0] = { .b = 9 } };
    struct Q r = { .p[0].a = 1, .p[0].b = 2, .p[0] = { 7 } };
    struct Q s = { .p[1] = { 1, 2 }, .p[1].a = 8 };
    struct Q t = { .p = { { 1, 2 }, { 3, 4 } }, .p = { [1] = { .a = 6 } } };
    int a[2][3] = { { 1, 2, 3 }, { 4, 5, 6 }, [1] = { [2] = 7 }, [0][1] = 8 };
    union U u = { .p = { 1, 2 }, .p.b = 5 };
    union U v = { .l = -1, .p = { .a = 3 } };
    struct W w = { .s = "abc", .in = { 1, 2 }, .s = { [1] = 'z' }, .in.y = 3 };
    struct Q *cl = &(struct Q){ .p = { { 1, 1 }, { 2, 2 } }, .p[1] = { 0 }, .z = 4 };

    printf("q %d %d %d %d %d\n", q.p[0].a, q.p[0].b, q.p[1].a, q.p[1].b, q.z);
    printf("r %d %d / s %d %d / t %d %d %d %d\n", r.p[0].a, r.p[0].b, s.p[1].a, s.p[1].b,
           t.p[0].a, t.p[0].b, t.p[1].a, t.p[1].b);
    for (int i = 0; i < 2; i++)
        printf("a[%d] %d %d %d / sa[%d] %d %d %d\n", i, a[i][0], a[i][1], a[i][2], i, sa[i][0],
               sa[i][1], sa[i][2]);
    printf("u %d %d / v %d %d\n", u.p.a, u.p.b, v.p.a, v.p.b);
    printf("w %d %d %d %d %d %d\n", w.s[0], w.s[1], w.s[2], w.s[3], w.in.x, w.in.y);
    printf("sw %d %d %d %d %d %d\n", sw.s[0], sw.s[1], sw.s[2], sw.s[3], sw.in.x, sw.in.y);
    printf("sq %d %d %d %d %d\n", sq.p[0].a, sq.p[0].b, sq.p[1].a, sq.p[1].b, sq.z);
    printf("cl %d %d %d %d %d\n", cl->p[0].a, cl->p[0].b, cl->p[1].a, cl->p[1].b, cl->z);
    return 0;
}
