/* __attribute__((ms_struct)): Microsoft's bit-field layout, as gcc lays it
 * out on x86-64. Bit-fields share a unit only with neighbours whose declared
 * types have the same size; the unit's alignment counts even for unnamed
 * bit-fields; a zero-width bit-field matters only after a bit-field of
 * non-zero width; gcc_struct switches it back. Values are read and written
 * through the layout, signed and unsigned. */
#include <stdio.h>
#include <string.h>
#include <stddef.h>

#define MS __attribute__((ms_struct))

static void dump(const char *what, const void *p, size_t n) {
    const unsigned char *b = p;
    printf("%-4s", what);
    for (size_t i = n; i-- > 0;) printf("%02x", b[i]);
    printf("\n");
}

/* The run breaks where the type's size changes: three units, not one. */
struct MS a { unsigned x : 12; unsigned char y : 7; unsigned z : 28; unsigned w : 4; };
struct a_gcc { unsigned x : 12; unsigned char y : 7; unsigned z : 28; unsigned w : 4; } __attribute__((gcc_struct));
/* int and unsigned (same size) share a unit; long long does not. */
struct MS b { int i : 3; unsigned u : 5; long long l : 40; char c; };
/* An unnamed bit-field's type still aligns the record. */
struct MS c { char c; long long : 3; char d; };
/* Zero width after a bit-field closes its unit and aligns the record. */
struct MS d { char c : 2; int : 0; char e; };
/* Zero width first is ignored. */
struct MS e { int : 0; char c; char f; };
/* A record ending inside a run is padded to the unit. */
struct MS f { char c; short s : 3; };
/* A run that overflows its unit starts a new one of the same type. */
struct MS g { unsigned short p : 10; unsigned short q : 10; short r : 6; };
/* enum, _Bool and char have their own sizes. */
enum colour { RED, GREEN, BLUE };
struct MS h { _Bool flag : 1; enum colour col : 2; unsigned char n : 3; int v; };
/* packed and #pragma pack. */
struct MS i { char c; int x : 4; int y : 30; } __attribute__((packed));
#pragma pack(push, 2)
struct MS j { char c; long long x : 4; short s; int t : 9; };
#pragma pack(pop)
/* An aligned member in a packed record keeps its own alignment. */
struct MS k { char c; int m __attribute__((aligned(2))); } __attribute__((packed));
/* Unions: the bit-fields' types count for the alignment. */
union MS u { char c : 3; long long : 5; short s; };
/* A struct nested in one: its own layout is its own. */
struct MS outer { char c; struct a in; short s : 4; };

int main(void) {
    printf("a %zu %zu / gcc_struct %zu %zu\n", sizeof(struct a), _Alignof(struct a),
           sizeof(struct a_gcc), _Alignof(struct a_gcc));
    printf("b %zu %zu c@%zu\n", sizeof(struct b), _Alignof(struct b), offsetof(struct b, c));
    printf("c %zu %zu d@%zu\n", sizeof(struct c), _Alignof(struct c), offsetof(struct c, d));
    printf("d %zu %zu e@%zu\n", sizeof(struct d), _Alignof(struct d), offsetof(struct d, e));
    printf("e %zu %zu f@%zu\n", sizeof(struct e), _Alignof(struct e), offsetof(struct e, f));
    printf("f %zu %zu\n", sizeof(struct f), _Alignof(struct f));
    printf("g %zu %zu\n", sizeof(struct g), _Alignof(struct g));
    printf("h %zu %zu v@%zu\n", sizeof(struct h), _Alignof(struct h), offsetof(struct h, v));
    printf("i %zu %zu\n", sizeof(struct i), _Alignof(struct i));
    printf("j %zu %zu s@%zu\n", sizeof(struct j), _Alignof(struct j), offsetof(struct j, s));
    printf("k %zu %zu m@%zu\n", sizeof(struct k), _Alignof(struct k), offsetof(struct k, m));
    printf("u %zu %zu\n", sizeof(union u), _Alignof(union u));
    printf("outer %zu %zu in@%zu\n", sizeof(struct outer), _Alignof(struct outer),
           offsetof(struct outer, in));

    struct a va;
    memset(&va, 0, sizeof va);
    va.x = 0xabc; va.y = 0x55; va.z = 0x1234567; va.w = 9;
    dump("a", &va, sizeof va);
    va.z += 0x10; va.y ^= 0x7f; va.w = va.w * 2 + 1;
    printf("a: %x %x %x %x\n", va.x, va.y, va.z, va.w);

    struct a_gcc vg;
    memset(&vg, 0, sizeof vg);
    vg.x = 0xabc; vg.y = 0x55; vg.z = 0x1234567; vg.w = 9;
    dump("ag", &vg, sizeof vg);

    struct b vb;
    memset(&vb, 0, sizeof vb);
    vb.i = -3; vb.u = 31; vb.l = -123456789012LL; vb.c = 'q';
    dump("b", &vb, sizeof vb);
    printf("b: %d %u %lld %c\n", vb.i, vb.u, (long long)vb.l, vb.c);
    vb.i = vb.i - 1; vb.l >>= 3;
    printf("b: %d %lld\n", vb.i, (long long)vb.l);

    struct g vgg;
    memset(&vgg, 0, sizeof vgg);
    vgg.p = 1000; vgg.q = 777; vgg.r = -17;
    dump("g", &vgg, sizeof vgg);
    printf("g: %u %u %d\n", vgg.p, vgg.q, vgg.r);

    struct h vh;
    memset(&vh, 0, sizeof vh);
    vh.flag = 1; vh.col = BLUE; vh.n = 6; vh.v = -1;
    dump("h", &vh, sizeof vh);
    printf("h: %d %d %u %d\n", vh.flag, vh.col, vh.n, vh.v);

    struct i vi;
    memset(&vi, 0, sizeof vi);
    vi.c = 1; vi.x = -8; vi.y = 0x12345678 >> 3;
    dump("i", &vi, sizeof vi);
    printf("i: %d %d\n", vi.x, vi.y);

    struct j vj;
    memset(&vj, 0, sizeof vj);
    vj.c = 2; vj.x = 7; vj.s = -2; vj.t = -200;
    dump("j", &vj, sizeof vj);
    printf("j: %lld %d %d\n", (long long)vj.x, vj.s, vj.t);

    union u vu;
    memset(&vu, 0, sizeof vu);
    vu.c = -2;
    dump("u", &vu, sizeof vu);
    printf("u: %d\n", vu.c);

    struct outer vo;
    memset(&vo, 0, sizeof vo);
    vo.c = 3; vo.in.z = 5; vo.s = -4;
    dump("o", &vo, sizeof vo);
    printf("o: %d %u %d\n", vo.c, vo.in.z, vo.s);

    /* Copies and compound literals keep the layout. */
    struct b copy = vb;
    struct b lit = (struct b){ .i = 1, .u = 2, .l = 3, .c = 'z' };
    printf("copy: %d %u %lld %c / lit: %d %u %lld %c\n", copy.i, copy.u, (long long)copy.l,
           copy.c, lit.i, lit.u, (long long)lit.l, lit.c);
    static struct g sg = { 5, 6, -7 };
    dump("sg", &sg, sizeof sg);
    return 0;
}
