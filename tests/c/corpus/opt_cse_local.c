/* the same expression computed twice in a block is computed once (voxcc's
   local CSE) - but only while its operands keep their values */
#include <stdio.h>

static double a(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

int main(int argc, char **argv) {
    int x = argc + 4, y = argc * 3;
    int t = x * y + (x + y);
    int u = (y + x) * (x * y);     /* commuted operands, same values */
    x = x + 1;                     /* x changes: x * y must be recomputed */
    int w = x * y + (x + y);
    y = t;                         /* so does y */
    int z = x * y - (y * x);
    printf("%d %d %d %d\n", t, u, w, z);
    double s = 0;
    for (int i = 0; i < 40; i++)
        for (int j = 0; j < 40; j++) s += a(i, j) * a(j, i);
    printf("%.12f\n", s);
    unsigned m = 0;
    for (int i = 0; i < 100; i++) {
        int p = i * 7 + 3, q = i * 7 + 3;
        if (i % 3 == 0) p++;
        m = m * 31 + (unsigned)(p ^ q) + (unsigned)((i * 7 + 3) / 4);
    }
    printf("%u\n", m);
    float f1 = argc * 0.5f, f2 = -(argc * 0.5f) + 0.5f;
    printf("%g %g\n", f1 < f2 ? f1 : f2, f2 < f1 ? f2 : f1);
    return 0;
}
