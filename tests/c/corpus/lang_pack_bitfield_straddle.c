/* #pragma pack(1) lets a bit-field straddle its declared type's unit: 30 bits
 * starting at bit 158 span five bytes (read and written through 8). */
#include <stdio.h>
#include <string.h>
#pragma pack(push)
#pragma pack(1)
struct S1 {
   unsigned f0 : 15;
   signed f1 : 19;
   signed f2 : 19;
   signed f3 : 5;
   unsigned f4 : 7;
   unsigned f5 : 28;
   signed f6 : 26;
   signed f7 : 10;
   signed f8 : 29;
   signed f9 : 30;
};
#pragma pack(pop)
int main(void) {
    struct S1 s;
    memset(&s, 0, sizeof s);
    s.f0 = 32767; s.f1 = -100000; s.f2 = 200000; s.f3 = -9; s.f4 = 100; s.f5 = 200000000; s.f6 = -30000000; s.f7 = 300; s.f8 = -200000000; s.f9 = 500000000;
    printf("%zu %u %d %d %d %u %u %d %d %d %d\n", sizeof s, s.f0, s.f1, s.f2, s.f3, s.f4, s.f5, s.f6, s.f7, s.f8, s.f9);
    unsigned char *p = (unsigned char *)&s;
    for (size_t i = 0; i < sizeof s; i++) printf("%02x", p[i]);
    printf("\n");
    return 0;
}
