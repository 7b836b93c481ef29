/* nested brace initialization of arrays of structs and 2D arrays, brace elision */
#include <stdio.h>

struct pt { int x, y; };
struct line { struct pt a, b; int color; };

int main(void) {
    int m[3][4] = { { 1, 2, 3, 4 }, { 5, 6 }, { 9 } };
    int elided[3][4] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    int i, j;
    for (i = 0; i < 3; i++) { for (j = 0; j < 4; j++) printf("%d ", m[i][j]); printf("| "); for (j = 0; j < 4; j++) printf("%d ", elided[i][j]); printf("\n"); }
    struct pt pts[] = { { 1, 2 }, { 3, 4 }, 5, 6, { 7 } };
    printf("pts count %zu:", sizeof pts / sizeof pts[0]);
    for (i = 0; i < (int)(sizeof pts / sizeof pts[0]); i++) printf(" (%d,%d)", pts[i].x, pts[i].y);
    printf("\n");
    struct line lines[2] = { { { 0, 0 }, { 10, 10 }, 1 }, { 1, 1, 2, 2, 3 } };
    for (i = 0; i < 2; i++) printf("line %d: (%d,%d)-(%d,%d) c%d\n", i, lines[i].a.x, lines[i].a.y, lines[i].b.x, lines[i].b.y, lines[i].color);
    int cube[2][2][2] = { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } } };
    int flat_cube[2][2][2] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    int same = 1;
    int k;
    for (i = 0; i < 2; i++) for (j = 0; j < 2; j++) for (k = 0; k < 2; k++) if (cube[i][j][k] != flat_cube[i][j][k]) same = 0;
    printf("cube same=%d cube[1][0][1]=%d\n", same, cube[1][0][1]);
    int rows[][3] = { { 1 }, { 2, 3 }, { 4, 5, 6 }, { 0 } };
    printf("rows %zu\n", sizeof rows / sizeof rows[0]);
    struct { int a[3]; struct pt p; } combo = { { 1, 2, 3 }, { 4, 5 } };
    struct { int a[3]; struct pt p; } combo2 = { 1, 2, 3, 4, 5 };
    printf("combo %d %d %d %d %d / %d %d %d %d %d\n", combo.a[0], combo.a[1], combo.a[2], combo.p.x, combo.p.y,
           combo2.a[0], combo2.a[1], combo2.a[2], combo2.p.x, combo2.p.y);
    char words[][2][4] = { { "ab", "cd" }, { "ef", "gh" } };
    printf("words[1][0]=%s\n", words[1][0]);
    return 0;
}
