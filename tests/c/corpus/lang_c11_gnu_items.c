/* The C11 items and GNU extensions issue 17 lists, together: _Static_assert,
 * _Noreturn, _Generic, anonymous members, u8/u/U/L literals, hex floats, 0b
 * literals, forward enum, UTF-8 identifiers, statement expressions, typeof,
 * case ranges, __extension__, __inline__, __builtin_expect/offsetof, and a
 * program's own older prototype of a library function. */
#include <stddef.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

int printf(const char *fmt, ...);
int vsprintf();

_Static_assert(sizeof(long) == 8, "LP64");
static _Noreturn void never(void);

struct S {
    int a;
    union { int b; float c; };
    struct { int d; };
};
#define KIND(x) _Generic((x), int: "int", double: "double", char *: "char *", default: "other")
enum E;
enum E { EA = 0b101, EB };
static __inline__ int twice(int x) { return 2 * x; }

int main(void) {
    struct S s = {.a = 1, .b = 2, .d = 4};
    const char *u8s = u8"h\u00e9";
    const char16_t *u16 = u"x";
    const char32_t *u32 = U"y";
    const wchar_t *w = L"z";
    int x = ({ int t = 3; twice(t); });
    typeof(x) y = __builtin_expect(x, 6);
    __extension__ long long big = 1LL << 40;
    int k = 0;
    switch (y) {
    case 1 ... 6: k = 1; break;
    default: k = 2;
    }
    int café = 7;
    double h = 0x1.8p3;
    printf("%s %s %s %s\n", KIND(1), KIND(2.0), KIND((char *)"s"), KIND(1.0f));
    printf("%d %d %d %zu %d %d %d %d\n", s.a, s.b, s.d, strlen(u8s), (int)u16[0], (int)u32[0], (int)w[0], y);
    printf("%zu %d %d %g %d %d %lld\n", offsetof(struct S, d), k, café, h, EA, EB, big);
    if (y == 7) never();
    return 0;
}

static void never(void) {
    for (;;) {
    }
}
