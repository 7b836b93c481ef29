/* Array sizes in parameter lists are evaluated on entry, innermost first as
   gcc does, also when they have side effects (C99 6.9.1p10), and the
   pointer-to-VLA parameters they make scale by them. */
#include <stdio.h>

static int g(int i, int b[i++]) { return b[0] + i; }

static int h(int i, int j, int b[i++][j++], int c[j]) {
    return b[1][0] + i * 100 + j + (int)sizeof b[0] + c[0];
}

static int cnt;
static int side(void) { return ++cnt; }

static void k(int (*p)[side()], int q[side()][side()]) {
    printf("k: %zu %zu %d\n", sizeof *p, sizeof *q, cnt);
}

/* The parameter shadows a global of the same name in later sizes. */
static int n = 100;
static size_t shadow(int n, char (*s)[n]) { return sizeof *s; }

int main(void) {
    int a[4] = {5, 6, 7, 8};
    int m[3][4] = {{1}, {2}};
    printf("%d\n", g(3, a));
    printf("%d\n", h(3, 4, m, a));
    k(0, 0);
    k(0, 0);
    printf("shadow %zu %d\n", shadow(7, 0), n);
    return 0;
}
