/* GCC vector types (vector_size): every operator lane by lane, with vector
   and scalar operands, comparisons as -1/0 lanes, subscripts (also of
   rvalues and through pointers), compound assignment, casts between vector
   types of one size, vectors in structs, arrays, parameters and returns. */
#include <stdio.h>
typedef int v4si __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
typedef double __attribute__((vector_size(32))) v4df;
typedef unsigned char v16qu __attribute__((vector_size(16)));
typedef short v8hi __attribute__((vector_size(16)));
typedef long long v2di __attribute__((vector_size(16)));

static v4si gv = { 1, 2, 3, 4 };
struct S { char c; v4si v; };

static v4si addv(v4si a, v4si b) { return a + b; }
static void pv(const char *s, v4si v) { printf("%s: %d %d %d %d\n", s, v[0], v[1], v[2], v[3]); }

int main(void) {
    v4si a = { 10, -20, 30, -40 }, b = gv;
    pv("a+b", a + b);
    pv("a-b", a - b);
    pv("a*b", a * b);
    pv("a/b", a / b);
    pv("a%b", a % b);
    pv("a&b", a & b);
    pv("a|b", a | b);
    pv("a^b", a ^ b);
    pv("a<<b", a << b);
    pv("a>>b", a >> b);
    pv("a*3", a * 3);
    pv("100-a", 100 - a);
    pv("-a", -a);
    pv("~a", ~a);
    pv("+a", +a);
    pv("a<b", a < b);
    pv("a==a", a == a);
    pv("a>0", a > 0);
    pv("call", addv(a, b));
    a += b;
    pv("a+=b", a);
    a *= 2;
    pv("a*=2", a);
    a[2] = 99;
    int i = 3;
    a[i] += 1;
    pv("a[]", a);
    printf("sizes %zu %zu %zu %zu\n", sizeof(v4si), _Alignof(v4si), sizeof(v4df), _Alignof(struct S));
    v4sf f = { 1.5f, 2.5f, -3.0f, 0.25f };
    v4sf g = f * f + 1.0f;
    printf("f: %g %g %g %g\n", g[0], g[1], g[2], g[3]);
    v4si m = f > 1.0f;
    pv("f>1", m);
    v4df d = { 1.0, 2.0, 3.0, 4.0 };
    d = d / 2;
    printf("d: %g %g %g %g\n", d[0], d[1], d[2], d[3]);
    v16qu q = { 250, 251, 252, 253, 254, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    q = q + 10;
    printf("q:"); for (int k = 0; k < 16; k++) printf(" %d", q[k]); printf("\n");
    v8hi h = { 1, -1, 300, -300, 5, 6, 7, 8 };
    h = h * 2;
    printf("h:"); for (int k = 0; k < 8; k++) printf(" %d", h[k]); printf("\n");
    v2di l = (v2di)a;
    printf("l: %lld %lld\n", l[0], l[1]);
    v4si back = (v4si)l;
    pv("back", back);
    struct S s = { 'x', { 5, 6, 7, 8 } };
    s.v = s.v * s.v;
    pv("s.v", s.v);
    v4si arr[2] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 } };
    pv("arr1", arr[1] - arr[0]);
    v4si *p = &arr[0];
    p[1] = p[0] << 2;
    pv("p1", p[1]);
    printf("lane of rvalue %d\n", (a + b)[1]);
    return 0;
}
