/* sizeof and packing of structs with bit-fields as laid out by gcc on x86-64 */
#include <stdio.h>
#include <string.h>

struct a { unsigned x : 1; };
struct b { unsigned x : 31; unsigned y : 2; };
struct c { char c; unsigned x : 4; };
struct d { unsigned char x : 3; unsigned char y : 5; };
struct e { unsigned char x : 3; unsigned char y : 6; };
struct f { unsigned short x : 9; unsigned short y : 9; };
struct g { unsigned x : 4; unsigned : 0; unsigned y : 4; };
struct h { unsigned x : 4; unsigned : 4; unsigned y : 4; };
struct i { int x : 8; char c; int y : 8; };
struct j { unsigned long long x : 40; unsigned long long y : 30; };
struct k { unsigned x : 20; unsigned y : 20; unsigned z : 20; };
struct l { char c; unsigned long long x : 4; };
struct m { unsigned x : 32; unsigned y : 32; };

int main(void) {
    printf("a %zu\n", sizeof(struct a));
    printf("b %zu\n", sizeof(struct b));
    printf("c %zu\n", sizeof(struct c));
    printf("d %zu\n", sizeof(struct d));
    printf("e %zu\n", sizeof(struct e));
    printf("f %zu\n", sizeof(struct f));
    printf("g %zu\n", sizeof(struct g));
    printf("h %zu\n", sizeof(struct h));
    printf("i %zu\n", sizeof(struct i));
    printf("j %zu\n", sizeof(struct j));
    printf("k %zu\n", sizeof(struct k));
    printf("l %zu\n", sizeof(struct l));
    printf("m %zu\n", sizeof(struct m));
    /* observe the bit positions through the bytes (little endian, low bits first) */
    struct d dv;
    memset(&dv, 0, sizeof dv);
    dv.x = 5; dv.y = 17;
    unsigned char byte;
    memcpy(&byte, &dv, 1);
    printf("d bytes: %02x\n", byte);
    struct b bv;
    memset(&bv, 0, sizeof bv);
    bv.x = 0x7fffffff; bv.y = 2;
    unsigned char bb[8];
    memcpy(bb, &bv, 8);
    int n;
    printf("b bytes:");
    for (n = 0; n < 8; n++) printf(" %02x", bb[n]);
    printf("\n");
    struct h hv;
    memset(&hv, 0, sizeof hv);
    hv.x = 0xf; hv.y = 0xa;
    unsigned char hb[4];
    memcpy(hb, &hv, 4);
    printf("h bytes: %02x %02x %02x %02x\n", hb[0], hb[1], hb[2], hb[3]);
    struct c cv;
    memset(&cv, 0, sizeof cv);
    cv.c = 'A'; cv.x = 9;
    unsigned char cb[4];
    memcpy(cb, &cv, 4);
    printf("c bytes: %02x %02x %02x %02x\n", cb[0], cb[1], cb[2], cb[3]);
    struct k kv;
    memset(&kv, 0, sizeof kv);
    kv.x = 0xfffff; kv.y = 1; kv.z = 2;
    unsigned char kb[8];
    memcpy(kb, &kv, 8);
    printf("k bytes:");
    for (n = 0; n < 8; n++) printf(" %02x", kb[n]);
    printf("\n");
    return 0;
}
