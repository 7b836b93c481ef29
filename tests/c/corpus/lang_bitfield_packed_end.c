/* Bit-fields of packed structs are read and written through the bytes they
   occupy, never past the struct's end: each struct here is malloc'd at its
   exact size, so the heap checker (which runs every corpus program that
   mallocs) reports any access beyond it. voxcc once loaded 8 bytes from a
   field's first byte, one past the end of an 8-byte struct (gcc's torture
   tests 20040709-2/-3). */
#include <stdio.h>
#include <stdlib.h>

struct __attribute__((packed)) D {
    unsigned long long l : 6, i : 6, j : 23, k : 29;
};

struct __attribute__((packed)) E {
    unsigned char c;
    unsigned int x : 17, y : 7;
};

struct __attribute__((packed)) F {
    unsigned short h;
    unsigned long long w : 37, z : 3;
};

int main(void) {
    struct D *d = malloc(sizeof *d);
    d->l = 63;
    d->i = 5;
    d->j = 0x7fffff;
    d->k = 0x12345678;
    d->j -= 2;
    printf("D %zu: %u %u %#x %#x\n", sizeof *d, (unsigned)d->l, (unsigned)d->i, (unsigned)d->j,
           (unsigned)d->k);
    struct E *e = malloc(sizeof *e);
    e->c = 9;
    e->x = 100000;
    e->y = 127;
    e->x++;
    printf("E %zu: %u %u %u\n", sizeof *e, e->c, e->x, e->y);
    struct F *f = malloc(sizeof *f);
    f->h = 0xbeef;
    f->w = 0x1234567890ull;
    f->z = 5;
    f->w >>= 4;
    printf("F %zu: %#x %#llx %u\n", sizeof *f, f->h, (unsigned long long)f->w, (unsigned)f->z);
    free(d);
    free(e);
    free(f);
    return 0;
}
