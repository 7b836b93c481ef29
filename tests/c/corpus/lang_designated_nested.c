/* nested designators: .a.b[2].c, [i].member, arrays inside structs, partial overrides */
#include <stdio.h>

struct leaf { int c; char tag; };
struct mid { int id; struct leaf b[4]; };
struct top { struct mid a; int tail[3]; };

int main(void) {
    struct top t = { .a.b[2].c = 42, .a.id = 7, .tail[1] = 9, .a.b[0] = { 1, 'x' }, .a.b[3].tag = 'z' };
    int i;
    printf("id=%d\n", t.a.id);
    for (i = 0; i < 4; i++) printf("b[%d] c=%d tag=%d\n", i, t.a.b[i].c, t.a.b[i].tag);
    printf("tail %d %d %d\n", t.tail[0], t.tail[1], t.tail[2]);
    struct mid ms[2] = { [1].b[1].c = 11, [0] = { .id = 5, .b = { [3] = { 33, 'q' } } } };
    printf("ms[0].id=%d ms[0].b[3].c=%d ms[1].b[1].c=%d ms[1].id=%d\n", ms[0].id, ms[0].b[3].c, ms[1].b[1].c, ms[1].id);
    int grid[3][3] = { [1][1] = 5, [0] = { 1, 2 }, [2][0] = 7, 8 };
    for (i = 0; i < 3; i++) printf("%d %d %d\n", grid[i][0], grid[i][1], grid[i][2]);
    /* overriding a subobject member after whole-subobject init */
    struct top u = { .a = { .id = 1, .b = { { 1, 'a' }, { 2, 'b' } } }, .a.b[1].c = 20 };
    printf("u.a.id=%d b[0]=%d%c b[1].c=%d\n", u.a.id, u.a.b[0].c, u.a.b[0].tag, u.a.b[1].c);
    return 0;
}
