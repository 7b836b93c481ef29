/* __builtin_shuffle with one and two vectors, __builtin_convertvector,
   each operand evaluated once, and the bit-select idiom over comparisons. */
#include <stdio.h>
typedef int v4si __attribute__((vector_size(16)));
typedef unsigned int v4su __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
typedef double v4df __attribute__((vector_size(32)));
static int calls;
static v4si mk(int x) { calls++; v4si r = { x, x + 1, x + 2, x + 3 }; return r; }
int main(void) {
    v4si a = { 1, 2, 3, 4 }, b = { 5, 6, 7, 8 };
    v4si m1 = { 3, 2, 1, 0 }, m2 = { 0, 4, 1, 7 };
    v4si s1 = __builtin_shuffle(a, m1);
    v4si s2 = __builtin_shuffle(a, b, m2);
    v4si s3 = __builtin_shuffle(a, (v4si){ 5, 6, -1, 9 });
    printf("%d %d %d %d | %d %d %d %d | %d %d %d %d\n", s1[0], s1[1], s1[2], s1[3], s2[0], s2[1], s2[2], s2[3], s3[0], s3[1], s3[2], s3[3]);
    v4sf f = __builtin_convertvector(a, v4sf) / 2;
    v4df d = __builtin_convertvector(f, v4df);
    v4su u = __builtin_convertvector(a - 3, v4su);
    printf("%g %g %g %g | %g %g | %u %u\n", f[0], f[1], f[2], f[3], d[0], d[3], u[0], u[3]);
    v4si c = mk(10) + mk(20);
    printf("%d %d calls %d\n", c[0], c[3], calls);
    v4si z = a * 0;
    v4si sel = (a > 2) & b | ~(a > 2) & a;
    printf("%d %d %d %d | %d\n", sel[0], sel[1], sel[2], sel[3], z[2]);
    return 0;
}
