/* Bit-field layout corners, as gcc lays them out: a packed 63-bit field that
   straddles 9 bytes (read, written, compound-assigned and statically
   initialized), `aligned` on a bit-field (also after its width), and
   `#pragma pack` capping member alignment while `packed` does not. */
#include <stdio.h>
#include <stddef.h>
#include <string.h>

#pragma pack(push, 1)
struct P {
    int x : 12;
    char y : 6;
    long long z : 63;
    char a : 4;
    long long b : 2;
};
struct D { char c; int x __attribute__((aligned(16))); };
struct E { char c; __attribute__((aligned(16))) char a : 4; int z; };
#pragma pack(pop)
struct B { char c; char a : 4 __attribute__((aligned(16))); int z; };
struct C { int x : 12; __attribute__((aligned(16))) char a : 4; int b : 3; };
struct H { char c; int x __attribute__((packed)); short y __attribute__((aligned(8))); };
struct Q { char c; long long z : 63; } __attribute__((packed));

static struct P sp = { 3, 30, 0x123456789abcdef0LL, 5, -2 };
static struct Q sq = { 7, -0x123456789abcdefLL };

static void dump(const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = n; i-- > 0;) printf("%02X", b[i]);
    printf("\n");
}

int main(void) {
    struct P p;
    memset(&p, 0, sizeof p);
    p.x = -1, p.y = -1, p.z = -1, p.a = -1, p.b = -1;
    dump(&p, sizeof p);
    p.x = 3, p.y = 30, p.z = 0x123456789abcdef0LL, p.a = 5, p.b = 2;
    dump(&p, sizeof p);
    printf("%d %d %llx %d %d\n", p.x, p.y, (unsigned long long)p.z, p.a, (int)p.b);
    p.z += 0x1000000000000001LL;
    p.z ^= 0x7fLL;
    printf("%llx\n", (unsigned long long)p.z);
    printf("%lld\n", (long long)(p.z = -5));
    printf("%lld\n", (long long)p.z);
    dump(&sp, sizeof sp);
    printf("%d %d %llx %d %d\n", sp.x, sp.y, (unsigned long long)sp.z, sp.a, (int)sp.b);
    dump(&sq, sizeof sq);
    printf("%d %lld\n", sq.c, (long long)sq.z);
    printf("P %zu %zu\n", sizeof(struct P), _Alignof(struct P));
    printf("B %zu %zu\n", sizeof(struct B), _Alignof(struct B));
    printf("C %zu %zu\n", sizeof(struct C), _Alignof(struct C));
    printf("D %zu %zu %zu\n", sizeof(struct D), _Alignof(struct D), offsetof(struct D, x));
    printf("E %zu %zu\n", sizeof(struct E), _Alignof(struct E));
    printf("H %zu %zu %zu\n", sizeof(struct H), _Alignof(struct H), offsetof(struct H, y));
    printf("Q %zu %zu\n", sizeof(struct Q), _Alignof(struct Q));
    return 0;
}
