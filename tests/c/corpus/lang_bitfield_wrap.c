/* unsigned bit-field overflow wraps modulo 2^width; signed fields store wrapped values (gcc) */
#include <stdio.h>

struct u { unsigned x : 3; unsigned y : 5; unsigned z : 10; };
struct s { int x : 4; };

int main(void) {
    struct u v = { 0, 0, 0 };
    int i;
    for (i = 0; i < 10; i++) { v.x++; printf("%u ", v.x); }
    printf("\n");
    v.x = 9;
    printf("x = 9 -> %u\n", v.x);
    v.y = 31; v.y += 2;
    printf("y = 31 + 2 -> %u\n", v.y);
    v.z = 1000; v.z *= 3;
    printf("z = 3000 -> %u\n", v.z);
    v.x = 0; v.x--;
    printf("x = 0 - 1 -> %u\n", v.x);
    v.y = 0; v.y -= 5;
    printf("y = 0 - 5 -> %u\n", v.y);
    v.z = 0x3ff; v.z <<= 1;
    printf("z = 0x3ff << 1 -> %u\n", v.z);
    /* implementation-defined: storing 8 into a 4-bit signed field gives -8 in gcc */
    struct s sv;
    sv.x = 7;
    printf("sx = 7 -> %d\n", sv.x);
    sv.x = 8;
    printf("sx = 8 -> %d\n", sv.x);
    sv.x = 15;
    printf("sx = 15 -> %d\n", sv.x);
    sv.x = -9;
    printf("sx = -9 -> %d\n", sv.x);
    return 0;
}
