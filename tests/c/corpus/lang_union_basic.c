/* unions: size is the largest member rounded to alignment, tagged unions, union assignment */
#include <stdio.h>
#include <string.h>

union small { char c; short s; int i; };
union withd { char c[9]; double d; };
union witharr { int a[3]; char c; };

enum kind { K_INT, K_DBL, K_STR };
struct tagged { enum kind k; union { int i; double d; const char *s; } u; };

static void show(struct tagged t) {
    switch (t.k) {
    case K_INT: printf("int %d\n", t.u.i); break;
    case K_DBL: printf("double %.3f\n", t.u.d); break;
    case K_STR: printf("string %s\n", t.u.s); break;
    }
}

int main(void) {
    printf("sizeof small=%zu withd=%zu witharr=%zu\n", sizeof(union small), sizeof(union withd), sizeof(union witharr));
    union small s;
    s.i = 0x41424344;
    printf("c=%c s=%x i=%x\n", s.c, (unsigned)s.s, (unsigned)s.i);
    s.c = 'z';
    printf("after c='z': i=%x\n", (unsigned)s.i);
    struct tagged vals[4];
    vals[0].k = K_INT; vals[0].u.i = 42;
    vals[1].k = K_DBL; vals[1].u.d = 2.718;
    vals[2].k = K_STR; vals[2].u.s = "hello";
    vals[3] = vals[1];
    vals[3].u.d *= 2;
    int i;
    for (i = 0; i < 4; i++) show(vals[i]);
    union withd a, b;
    memset(&a, 0, sizeof a);
    strcpy(a.c, "abcdefgh");
    b = a;
    printf("b.c=%s\n", b.c);
    union small init = { 65 }; /* initializes first member */
    printf("init.c=%c\n", init.c);
    union small des = { .i = 0x100 };
    printf("des.i=%d des.c=%d\n", des.i, des.c);
    union witharr wa = { { 1, 2, 3 } };
    printf("wa.a[2]=%d wa.c=%d\n", wa.a[2], wa.c);
    return 0;
}
