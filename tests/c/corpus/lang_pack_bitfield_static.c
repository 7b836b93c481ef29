/* Static initializers of packed bit-fields that straddle their declared
   type's unit (Csmith seeds 5026..5369): the linker must write them through
   the same 8-byte unit the generated loads read, without touching neighbours. */
#include <stdio.h>
#include <string.h>

#pragma pack(push)
#pragma pack(1)
struct S2 {
    unsigned f0 : 21;
    const unsigned f1 : 20;
    unsigned f2 : 20;
    signed f3 : 30;
};
struct S3 {
    unsigned char c;
    signed a : 7;
    unsigned b : 31;
    signed d : 17;
};
struct S4 {
    short s : 11;
    long long q : 57;
    unsigned char tail;
};
#pragma pack(pop)

static unsigned char before = 0xA5;
static volatile struct S2 g2 = {1166, 233, 578, -11207};
static struct S3 g3[3] = {{1, -3, 4000000000u, -65000}, {2, 63, 1, 65535}, {3, -64, 2147483648u, -1}};
static struct S4 g4 = {-1000, -123456789012345LL, 0xEE};
static unsigned char after = 0x5A;

static void dump(const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        printf("%02x", b[i]);
    printf("\n");
}

int main(void) {
    printf("%zu %zu %zu\n", sizeof(struct S2), sizeof(struct S3), sizeof(struct S4));
    printf("%u %u %u %d\n", g2.f0, g2.f1, g2.f2, g2.f3);
    for (int i = 0; i < 3; i++)
        printf("%d %d %u %d\n", g3[i].c, g3[i].a, g3[i].b, g3[i].d);
    printf("%d %lld %d\n", g4.s, (long long)g4.q, g4.tail);
    dump((const void *)&g2, sizeof g2);
    dump(g3, sizeof g3);
    dump(&g4, sizeof g4);
    printf("%x %x\n", before, after);
    /* The same values stored at run time give the same bytes. */
    struct S3 r[3];
    memset(r, 0, sizeof r);
    for (int i = 0; i < 3; i++) {
        r[i].c = g3[i].c;
        r[i].a = g3[i].a;
        r[i].b = g3[i].b;
        r[i].d = g3[i].d;
    }
    printf("%d\n", memcmp(r, g3, sizeof r) == 0);
    return 0;
}
