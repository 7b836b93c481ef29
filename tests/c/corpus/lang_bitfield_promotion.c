/* Bit-fields promote by their width (C99 6.3.1.1p2, and gcc for long
   bit-fields): unsigned u:3 and unsigned long l:20 become int, a 32-bit
   unsigned one stays unsigned */
#include <stdio.h>

struct S {
    unsigned u3 : 3;
    unsigned u31 : 31;
    unsigned u32 : 32;
    int s5 : 5;
    unsigned long l20 : 20;
    unsigned long long ll32 : 32;
    unsigned char c4 : 4;
};

int main(void) {
    struct S s = { 1, 5, 7, -3, 9, 11, 2 };
    printf("%d %ld\n", s.u3 - 2 < 0, (long)(s.u3 - 2));
    printf("%d %ld\n", s.u31 - 6 < 0, (long)(s.u31 - 6));
    printf("%d %ld\n", s.u32 - 8 < 0, (long)(s.u32 - 8));
    printf("%d %d\n", s.s5, s.s5 < 0);
    printf("%d %ld\n", s.l20 - 10 < 0, (long)(s.l20 - 10));
    printf("%d %lld\n", s.ll32 - 12 < 0, (long long)(s.ll32 - 12));
    printf("%d %d\n", s.c4 - 3 < 0, s.c4 - 3);
    printf("sizes %zu %zu %zu %zu %zu\n", sizeof(s.u3 + 0), sizeof(s.u32 + 0), sizeof(s.l20 + 0),
           sizeof(s.ll32 + 0), sizeof(-s.u3));
    printf("%d %d\n", -s.u3, ~s.u3);
    printf("%d\n", s.u3 > -1);
    printf("%u\n", s.u3 ? s.u3 : 0u);
    s.u3 -= 2;
    printf("%u %d\n", s.u3, s.u3 / -1);
    unsigned x = s.u3;
    printf("%u\n", x);
    return 0;
}
