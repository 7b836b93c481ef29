/* A static initializer for a flexible array member (GNU) gets its own
   storage after the struct, not the next object's */
#include <stdio.h>

struct W { int n; int s[]; };
struct W w = { 1, { 2, 3, 4 } };
int x[3] = { 7, 8, 9 };
struct { char c; char p[]; } a3 = { 'o', "wx" };
struct { char c; char p[]; } a4 = { '9', { 'e', 'b' } };
static struct W empty = { 5 };
char tail[4] = "zzz";
static struct W sw = { .n = 2, .s = { [1] = 6 } };
int y = 11;

int main(void) {
    printf("%d %d %d %d | %d %d %d\n", w.n, w.s[0], w.s[1], w.s[2], x[0], x[1], x[2]);
    printf("%c %s %zu | %c %c %c\n", a3.c, a3.p, sizeof a3, a4.c, a4.p[0], a4.p[1]);
    printf("%d %s | %d %d %d %d\n", empty.n, tail, sw.n, sw.s[0], sw.s[1], y);
    return 0;
}
