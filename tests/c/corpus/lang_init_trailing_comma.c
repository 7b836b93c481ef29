/* A trailing comma right after a partly filled brace-elided aggregate, and
   a GNU range designator whose value is evaluated once */
#include <stdio.h>

int a[2][2] = { 1, };
struct { char a; char c[2]; } s = { 5, 7, };
struct P { int x, y; } ps[3] = { 1, 2, 3, };
int b[2][3] = { 1, 2, 3, 4, };

int main(void) {
    printf("%d %d %d %d\n", a[0][0], a[0][1], a[1][0], a[1][1]);
    printf("%d %d %d\n", s.a, s.c[0], s.c[1]);
    printf("%d %d %d %d\n", ps[0].x, ps[0].y, ps[1].x, ps[1].y);
    for (int i = 0; i < 6; i++)
        printf(" %d", b[i / 3][i % 3]);
    printf("\n");
    int l[2][2] = { 9, };
    struct P lp[2] = { 4, 5, 6, };
    printf("%d %d %d %d %d\n", l[0][0], l[1][1], lp[1].x, lp[1].y, lp[0].y);
    int c = 0;
    int dd[] = { [0 ... 1] = ++c, [2 ... 3] = ++c, [4 ... 5] = c * 10 };
    for (int i = 0; i < 6; i++)
        printf(" %d", dd[i]);
    printf(" c=%d\n", c);
    double e[4] = { [1 ... 3] = c++ + 0.5 };
    printf("%g %g %g %g c=%d\n", e[0], e[1], e[2], e[3], c);
    return 0;
}
