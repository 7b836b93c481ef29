/* arguments are converted to the prototype's parameter types as if by assignment */
#include <stdio.h>

static void take_char(char c) { printf("char %d\n", c); }
static void take_uchar(unsigned char c) { printf("uchar %d\n", c); }
static void take_short(short s) { printf("short %d\n", s); }
static void take_unsigned(unsigned u) { printf("unsigned %u\n", u); }
static void take_int(int i) { printf("int %d\n", i); }
static void take_long(long l) { printf("long %ld\n", l); }
static void take_ulong(unsigned long l) { printf("ulong %lu\n", l); }
static void take_float(float f) { printf("float %.9g\n", (double)f); }
static void take_double(double d) { printf("double %.17g\n", d); }
static void take_bool(_Bool b) { printf("bool %d\n", b); }
static void take_const_ptr(const int *p) { printf("const ptr %d\n", *p); }
static void take_void_ptr(void *p) { printf("void ptr -> %d\n", *(int *)p); }
static int sum_bytes(unsigned char a, unsigned char b) { return a + b; }
static long widen(int x) { return x; }

int main(void) {
    take_char(300);
    take_char(-129);
    take_uchar(-2);
    take_uchar(1000);
    take_short(65535);
    take_unsigned(-1);
    take_unsigned(3.7);
    take_int(2.99);
    take_int(-2.99);
    take_int('A');
    take_long(4294967295u);
    take_long(-1);
    take_ulong(-1);
    take_float(0.1);
    take_float(16777217);
    take_double(1.0f / 3);
    take_double(9007199254740993LL);
    take_bool(0.5);
    take_bool(-0.0);
    take_bool(1024);
    int v = 9;
    take_const_ptr(&v);
    take_void_ptr(&v);
    printf("sum_bytes(200, 100) = %d\n", sum_bytes(200, 100));
    printf("sum_bytes(300, 300) = %d\n", sum_bytes(300, 300));
    printf("widen(-5) = %ld\n", widen(-5));
    printf("widen(4294967295u) = %ld\n", widen((int)4294967295u));
    return 0;
}
