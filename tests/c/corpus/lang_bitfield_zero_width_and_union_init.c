/* A zero-width bit-field pads the struct to its type's boundary even at the
   end (without raising the alignment), and a union's initializer goes to its
   first named member, past unnamed bit-fields (C99 6.7.8p9). Also a character
   array initialized from a parenthesized string literal (gcc accepts it). */
#include <stdio.h>

struct tail1 { char c; int : 0; };
struct tail3 { char c; int : 0; int : 0; int : 0; };
struct mid { char a; int : 0; char b; };
struct wide { char a; long long : 0; };
struct only { int : 0; };
struct after_long { long l; const signed : 0; };
union skip1 { int : 3; char b; } u1 = {'b'};
union skip2 { int : 3; unsigned a : 7, : 0; } u2 = {98};
union skip3 { int : 0; int : 0; char c; int : 0; } u3 = {'z'};
union plain { int f0; unsigned f1 : 25; signed f2 : 4; } u4[] = {0x35CEB2D7L};

int main(void) {
    printf("sizes %zu %zu %zu %zu %zu %zu\n", sizeof(struct tail1), sizeof(struct tail3),
           sizeof(struct mid), sizeof(struct wide), sizeof(struct only), sizeof(struct after_long));
    printf("aligns %zu %zu %zu\n", _Alignof(struct tail1), _Alignof(struct mid), _Alignof(struct wide));
    printf("unions %d %u %c %d %d %d, sizes %zu %zu %zu\n", u1.b, u2.a, u3.c, u4[0].f0, u4[0].f1,
           u4[0].f2, sizeof u1, sizeof u2, sizeof u3);
    union skip1 l1 = {'q'};
    union skip2 l2 = {5};
    printf("locals %c %u\n", l1.b, l2.a);
    char a[7] = ("wat");
    char b[] = (("nested" " parens"));
    static char c[4] = ("abc");
    printf("%s %zu, %s %zu, %s\n", a, sizeof a, b, sizeof b, c);
    return 0;
}
