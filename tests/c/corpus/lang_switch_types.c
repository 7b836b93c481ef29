/* switch on char, unsigned char, short, long long, unsigned, enum; negative case labels; constant expressions */
#include <stdio.h>

enum op { ADD = '+', SUB = '-', MUL = '*', NEG = -5 };
#define BASE 100

static int on_char(char c) {
    switch (c) {
    case 'a': return 1;
    case 'Z': return 2;
    case '\n': return 3;
    case '\xff': return 4;  /* -1 for signed char */
    case -128: return 5;
    default: return 0;
    }
}
static int on_uchar(unsigned char c) {
    switch (c) {
    case 255: return 1;
    case 128: return 2;
    case 0: return 3;
    default: return 0;
    }
}
static int on_short(short s) {
    switch (s) {
    case -32768: return 1;
    case 32767: return 2;
    case -1: return 3;
    default: return 0;
    }
}
static int on_ll(long long v) {
    switch (v) {
    case 1LL << 40: return 1;
    case -(1LL << 40): return 2;
    case 0x7fffffffLL + 1: return 3;
    default: return 0;
    }
}
static int on_unsigned(unsigned v) {
    switch (v) {
    case 0u: return 1;
    case 0x80000000u: return 2;
    case (unsigned)-1: return 3;
    default: return 0;
    }
}
static int on_enum(enum op o, int a, int b) {
    switch (o) {
    case ADD: return a + b;
    case SUB: return a - b;
    case MUL: return a * b;
    case NEG: return -a;
    }
    return 0;
}
static int const_exprs(int v) {
    switch (v) {
    case BASE + 1: return 1;
    case BASE * 2: return 2;
    case (BASE << 2) | 3: return 3;
    case sizeof(int) * 1000: return 4;
    case 'A' + 'B': return 5;
    case -BASE - 1: return 6;
    case 7 ? 77 : 88: return 7;
    case (int)3.9: return 8;
    default: return 0;
    }
}

int main(void) {
    char cs[] = { 'a', 'Z', '\n', (char)0xff, (char)0x80, 'q' };
    unsigned i;
    for (i = 0; i < sizeof cs; i++) printf("char %d -> %d\n", cs[i], on_char(cs[i]));
    unsigned char us[] = { 255, 128, 0, 7 };
    for (i = 0; i < 4; i++) printf("uchar %u -> %d\n", us[i], on_uchar(us[i]));
    short ss[] = { -32768, 32767, -1, 5 };
    for (i = 0; i < 4; i++) printf("short %d -> %d\n", ss[i], on_short(ss[i]));
    long long ls[] = { 1LL << 40, -(1LL << 40), 2147483648LL, 0 };
    for (i = 0; i < 4; i++) printf("ll %lld -> %d\n", ls[i], on_ll(ls[i]));
    unsigned uv[] = { 0, 0x80000000u, 0xffffffffu, 12 };
    for (i = 0; i < 4; i++) printf("unsigned %u -> %d\n", uv[i], on_unsigned(uv[i]));
    printf("enum: %d %d %d %d\n", on_enum(ADD, 6, 3), on_enum(SUB, 6, 3), on_enum(MUL, 6, 3), on_enum(NEG, 6, 3));
    int cv[] = { 101, 200, 403, 4000, 131, -101, 77, 3, 5 };
    for (i = 0; i < 9; i++) printf("const %d -> %d\n", cv[i], const_exprs(cv[i]));
    return 0;
}
