/* nested structs: initialization, member access chains, copying nested parts */
#include <stdio.h>

struct point { int x, y; };
struct rect { struct point tl, br; };
struct shape { const char *name; struct rect bounds; struct { int r, g, b; } color; int layers[3]; };

static int area(struct rect r) { return (r.br.x - r.tl.x) * (r.br.y - r.tl.y); }

int main(void) {
    struct shape s = { "box", { { 1, 2 }, { 11, 7 } }, { 255, 128, 0 }, { 1, 2, 3 } };
    printf("%s: (%d,%d)-(%d,%d) area %d color %d/%d/%d layers %d%d%d\n", s.name,
           s.bounds.tl.x, s.bounds.tl.y, s.bounds.br.x, s.bounds.br.y, area(s.bounds),
           s.color.r, s.color.g, s.color.b, s.layers[0], s.layers[1], s.layers[2]);
    struct point p = s.bounds.br;
    p.x = 100;
    printf("p.x=%d original br.x=%d\n", p.x, s.bounds.br.x);
    s.bounds.tl = p;
    printf("tl now (%d,%d)\n", s.bounds.tl.x, s.bounds.tl.y);
    struct shape t = s;
    t.layers[0] = 99;
    t.color.g = 1;
    printf("t.layers[0]=%d s.layers[0]=%d t.color.g=%d s.color.g=%d\n", t.layers[0], s.layers[0], t.color.g, s.color.g);
    struct rect rs[2] = { { { 0, 0 }, { 2, 2 } }, { { 1, 1 }, { 4, 5 } } };
    printf("areas %d %d\n", area(rs[0]), area(rs[1]));
    struct { struct { struct { int deep; } c; } b; } a;
    a.b.c.deep = 77;
    printf("deep=%d sizeof=%zu\n", a.b.c.deep, sizeof a);
    return 0;
}
