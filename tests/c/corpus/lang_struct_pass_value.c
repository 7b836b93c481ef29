/* passing structs by value of many sizes: callee modifications do not affect the caller */
#include <stdio.h>

struct s1 { char c; };
struct s2 { short a; };
struct s3 { char a, b, c; };
struct s8 { int a, b; };
struct s12 { int a, b, c; };
struct s16 { long a; double b; };
struct sf { float x, y; };
struct sd3 { double x, y, z; };
struct mixed { char c; double d; short s; };
struct big { int data[30]; char tag[9]; };

static int f1(struct s1 s) { s.c++; return s.c; }
static int f2(struct s2 s) { return s.a * 2; }
static int f3(struct s3 s) { return s.a + s.b * 10 + s.c * 100; }
static long f8(struct s8 s) { s.a = 0; return (long)s.b * 1000; }
static int f12(struct s12 s) { return s.a - s.b + s.c; }
static double f16(struct s16 s) { return s.a + s.b; }
static float ff(struct sf s) { return s.x * s.y; }
static double fd3(struct sd3 s) { return s.x * s.y * s.z; }
static double fm(struct mixed m) { return m.c + m.d + m.s; }
static long fbig(struct big b) {
    long sum = 0; int i;
    for (i = 0; i < 30; i++) { sum += b.data[i]; b.data[i] = -1; }
    return sum + b.tag[0];
}
static int many(struct s1 a, struct s12 b, struct sf c, struct big d, struct s3 e, int tail) {
    return a.c + b.c + (int)c.y + d.data[29] + e.c + tail;
}

int main(void) {
    struct s1 a = { 'A' };
    struct s2 b = { -300 };
    struct s3 c = { 1, 2, 3 };
    struct s8 d = { 5, 6 };
    struct s12 e = { 10, 20, 30 };
    struct s16 f = { 7, 0.5 };
    struct sf g = { 1.5f, 4.0f };
    struct sd3 h = { 1.5, 2.0, -3.0 };
    struct mixed m = { 3, 0.25, 1000 };
    struct big big;
    int i;
    for (i = 0; i < 30; i++) big.data[i] = i * 3;
    big.tag[0] = 'Z';
    printf("f1=%d a.c=%c\n", f1(a), a.c);
    printf("f2=%d\n", f2(b));
    printf("f3=%d\n", f3(c));
    printf("f8=%ld d.a=%d\n", f8(d), d.a);
    printf("f12=%d\n", f12(e));
    printf("f16=%.2f\n", f16(f));
    printf("ff=%.2f\n", ff(g));
    printf("fd3=%.2f\n", fd3(h));
    printf("fm=%.2f\n", fm(m));
    printf("fbig=%ld big.data[5]=%d\n", fbig(big), big.data[5]);
    printf("many=%d\n", many(a, e, g, big, c, 1000));
    printf("compound literal arg: %d\n", f12((struct s12){ 1, 2, 3 }));
    return 0;
}
