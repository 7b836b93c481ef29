/* typedefs of scalars, structs, arrays, pointers and function types */
#include <stdio.h>

typedef unsigned char byte;
typedef long long i64;
typedef struct point { int x, y; } point, *point_ptr;
typedef int vec3[3];
typedef vec3 mat3[3];
typedef const char *cstr;
typedef int binop(int, int);
typedef binop *binop_ptr;
typedef struct list list;
struct list { int v; list *next; };
typedef byte buffer[4];

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
static binop sub; /* declares a function through the typedef */
static int sub(int a, int b) { return a - b; }

static int trace(mat3 m) { return m[0][0] + m[1][1] + m[2][2]; }

int main(void) {
    byte b = 255;
    b++;
    i64 big = (i64)1 << 40;
    point p = { 3, 4 };
    point_ptr pp = &p;
    pp->x = 30;
    vec3 v = { 1, 2, 3 };
    mat3 m = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
    cstr name = "typedef";
    binop_ptr ops[] = { add, mul, sub };
    list n2 = { 2, NULL }, n1 = { 1, &n2 };
    buffer buf = { 1, 2, 3, 4 };
    printf("b=%d big=%lld p=(%d,%d) sizeof(vec3)=%zu sizeof(mat3)=%zu\n", b, big, p.x, p.y, sizeof(vec3), sizeof(mat3));
    printf("v[2]=%d trace=%d name=%s\n", v[2], trace(m), name);
    int i;
    for (i = 0; i < 3; i++) printf("op%d(7,3)=%d\n", i, ops[i](7, 3));
    printf("list %d %d\n", n1.v, n1.next->v);
    printf("buf sum=%d sizeof=%zu\n", buf[0] + buf[1] + buf[2] + buf[3], sizeof buf);
    struct point raw = p; /* typedef and tag name the same type */
    point *q = &raw;
    printf("raw.x=%d q->y=%d\n", raw.x, q->y);
    typedef int local_t; /* block-scope typedef */
    local_t lv = 5;
    printf("lv=%d\n", lv);
    return 0;
}
