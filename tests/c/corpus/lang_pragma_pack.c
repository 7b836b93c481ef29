/* #pragma pack(N), pack(push[, N]), pack(pop) and pack(), as gcc lays the
   structs out; the csmith pattern (s1186: a union of a packed struct and an
   int64 read through the other member) included */
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

#pragma pack(push, 1)
struct A { char c; int i; short s; };
#pragma pack(pop)
struct B { char c; int i; short s; };

#pragma pack(push)
#pragma pack(2)
struct C { char c; int i; double d; };
#pragma pack(push, 4)
struct D { char c; double d; };
#pragma pack(pop)
struct E { char c; long l; };
#pragma pack()
struct F { char c; long l; };
#pragma pack(pop)

#pragma pack(push)
#pragma pack(1)
struct S0 {
    const volatile uint16_t f0;
    int32_t f1;
    const uint32_t f2;
    uint32_t f3;
};
#pragma pack(pop)
union U3 {
    struct S0 f0;
    volatile uint8_t f1;
    const int64_t f2;
};
static const union U3 g = { { 65533u, -8, 0xfffffff8u, 0xffffffffu } };

#pragma pack(1)
struct G { char c; struct B b; int x; };
#pragma pack()

int main(void) {
    printf("A %zu %zu %zu\n", sizeof(struct A), offsetof(struct A, i), offsetof(struct A, s));
    printf("B %zu %zu %zu\n", sizeof(struct B), offsetof(struct B, i), offsetof(struct B, s));
    printf("C %zu %zu %zu\n", sizeof(struct C), offsetof(struct C, i), offsetof(struct C, d));
    printf("D %zu %zu\n", sizeof(struct D), offsetof(struct D, d));
    printf("E %zu %zu\n", sizeof(struct E), offsetof(struct E, l));
    printf("F %zu %zu\n", sizeof(struct F), offsetof(struct F, l));
    printf("S0 %zu %zu %zu U3 %zu\n", sizeof(struct S0), offsetof(struct S0, f1), offsetof(struct S0, f3),
           sizeof(union U3));
    printf("g.f2 %lld\n", (long long)g.f2);
    printf("G %zu %zu %zu\n", sizeof(struct G), offsetof(struct G, b), offsetof(struct G, x));
    struct A a = { 'x', 0x12345678, 7 };
    struct A *pa = &a;
    pa->i += 1;
    printf("%c %x %d\n", pa->c, pa->i, pa->s);
    return 0;
}
