/* Bit-fields under #pragma pack(N > 1) and with aligned(N), laid out as gcc
 * does: under any pragma a bit-field goes at the next bit, even across a
 * unit of its type; a named bit-field's type aligns the record, capped only
 * by the pragma (not by `packed`); an aligned bit-field is aligned first and
 * then moved past a unit it would straddle. */
#include <stdio.h>
#include <string.h>

static void dump(const char *what, const void *p, size_t n) {
    const unsigned char *b = p;
    printf("%-3s", what);
    for (size_t i = n; i-- > 0;) printf("%02x", b[i]);
    printf("\n");
}

#pragma pack(push, 4)
struct q { char a; short b : 4; short c : 16; char d; };
struct r { int x : 30; int y : 30; long long z : 60; char t; };
struct p4 { _Bool f : 1; unsigned m : 13; int : 12; unsigned char n : 1; } __attribute__((packed));
#pragma pack(pop)
#pragma pack(push, 2)
struct s { char a; int x : 20; int y : 20; };
#pragma pack(pop)
struct al { int m2 : 1; int m3 : 29 __attribute__((aligned(2))); char m4; };
struct al1 { long long m0; char m1 : 7; int : 0; long long m3 : 3 __attribute__((aligned(1))); float m5; };

int main(void) {
    printf("q %zu %zu\n", sizeof(struct q), _Alignof(struct q));
    printf("r %zu %zu\n", sizeof(struct r), _Alignof(struct r));
    printf("p4 %zu %zu\n", sizeof(struct p4), _Alignof(struct p4));
    printf("s %zu %zu\n", sizeof(struct s), _Alignof(struct s));
    printf("al %zu %zu\n", sizeof(struct al), _Alignof(struct al));
    printf("al1 %zu %zu\n", sizeof(struct al1), _Alignof(struct al1));

    struct q q;
    memset(&q, 0, sizeof q);
    q.c = -1;
    dump("q", &q, sizeof q);
    q.a = 1; q.b = -3; q.c = 0x1234; q.d = 9;
    dump("q", &q, sizeof q);
    printf("q: %d %d %d %d\n", q.a, q.b, q.c, q.d);

    struct r r;
    memset(&r, 0, sizeof r);
    r.y = -1;
    dump("r", &r, sizeof r);
    r.x = 123456789; r.y = -12345; r.z = -0x123456789abcdLL; r.t = 'r';
    dump("r", &r, sizeof r);
    printf("r: %d %d %lld %c\n", r.x, r.y, (long long)r.z, r.t);
    r.y += 100; r.z *= 2;
    printf("r: %d %lld\n", r.y, (long long)r.z);

    struct p4 p;
    memset(&p, 0, sizeof p);
    p.f = 1; p.m = 8191; p.n = 1;
    dump("p4", &p, sizeof p);

    struct s s;
    memset(&s, 0, sizeof s);
    s.x = -5; s.y = 12345;
    dump("s", &s, sizeof s);
    printf("s: %d %d\n", s.x, s.y);

    struct al a;
    memset(&a, 0, sizeof a);
    a.m2 = -1; a.m3 = -7; a.m4 = 4;
    dump("al", &a, sizeof a);
    printf("al: %d %d %d\n", a.m2, a.m3, a.m4);

    struct al1 b;
    memset(&b, 0, sizeof b);
    b.m1 = 5; b.m3 = 3; b.m5 = 2.5f;
    dump("al1", &b, sizeof b);
    printf("al1: %d %d %g\n", b.m1, (int)b.m3, b.m5);
    return 0;
}
