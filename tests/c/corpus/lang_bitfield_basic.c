/* bit-fields: unsigned fields of several widths, packing, read/modify/write */
#include <stdio.h>

struct flags {
    unsigned a : 1;
    unsigned b : 3;
    unsigned c : 4;
    unsigned d : 8;
    unsigned e : 16;
};

struct date { unsigned day : 5; unsigned month : 4; unsigned year : 12; };

int main(void) {
    struct flags f = { 1, 5, 9, 200, 65535 };
    printf("a=%u b=%u c=%u d=%u e=%u sizeof=%zu\n", f.a, f.b, f.c, f.d, f.e, sizeof f);
    f.b = 7; f.c = 0; f.e = 12345;
    printf("a=%u b=%u c=%u d=%u e=%u\n", f.a, f.b, f.c, f.d, f.e);
    f.d += 100;
    printf("d += 100 -> %u\n", f.d);
    f.a = ~f.a;
    printf("a toggled -> %u\n", f.a);
    struct date dt = { 31, 12, 2024 };
    printf("%04u-%02u-%02u sizeof=%zu\n", dt.year, dt.month, dt.day, sizeof dt);
    dt.day++;
    printf("day++ -> %u (wraps in 5 bits: 31+1=0)\n", dt.day);
    dt.month = 13; dt.year = 4095;
    printf("month=%u year=%u\n", dt.month, dt.year);
    int sum = f.b + f.c + dt.month;
    printf("sum of fields (int arithmetic) = %d\n", sum);
    /* bit-field in expression promotes to int */
    struct flags g = { 0, 0, 0, 0, 0 };
    printf("g.b - 1 = %d\n", g.b - 1);
    unsigned u = f.e;
    printf("u = %u\n", u);
    return 0;
}
