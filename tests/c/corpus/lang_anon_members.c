/* C11 anonymous struct and union members (accepted by gcc in gnu11) */
#include <stdio.h>
#include <stddef.h>

struct value {
    int kind;
    union {
        long i;
        double d;
        struct { int lo, hi; };
    };
};

struct vec3 {
    union {
        struct { float x, y, z; };
        float v[3];
    };
};

struct reg {
    union {
        unsigned int word;
        struct { unsigned char b0, b1, b2, b3; };
    };
    int other;
};

int main(void) {
    struct value a;
    a.kind = 1;
    a.i = 0x0000000500000003L;
    printf("i=%ld lo=%d hi=%d\n", a.i, a.lo, a.hi);
    a.d = 2.5;
    printf("d=%.2f sizeof=%zu offsetof(d)=%zu offsetof(hi)=%zu\n", a.d, sizeof a, offsetof(struct value, d), offsetof(struct value, hi));
    struct vec3 v = { { { 1.0f, 2.0f, 3.0f } } };
    int k;
    for (k = 0; k < 3; k++) v.v[k] *= 2;
    printf("x=%.1f y=%.1f z=%.1f sizeof=%zu\n", v.x, v.y, v.z, sizeof v);
    struct reg r;
    r.word = 0x11223344u;
    r.other = 9;
    printf("b0=%x b1=%x b2=%x b3=%x other=%d\n", r.b0, r.b1, r.b2, r.b3, r.other);
    r.b3 = 0xaa;
    printf("word=%x\n", r.word);
    struct value w = { .kind = 2, .d = 1.25 };
    printf("designated anon: kind=%d d=%.2f\n", w.kind, w.d);
    return 0;
}
