/* preprocessor # stringification and ## token pasting, including nested expansion tricks */
#include <stdio.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define VERSION 3
#define MAKE_GETTER(name) static int get_##name(void) { return name; }
#define FIELD(n) int field_##n;
#define SHOW_INT(e) printf(#e " = %d\n", (e))
#define PREFIX pre
#define DECLARE_COUNTER(n) static int counter_##n = n * 10;

static int alpha = 11, beta = 22;
MAKE_GETTER(alpha)
MAKE_GETTER(beta)

struct fields { FIELD(1) FIELD(2) FIELD(3) };

DECLARE_COUNTER(4)
DECLARE_COUNTER(7)

int main(void) {
    printf("%s\n", STR(hello world));
    printf("%s\n", STR(  spaces   collapse   here  ));
    printf("%s\n", STR("quoted\n" and 'c' and '\\'));
    printf("%s\n", STR(VERSION));
    printf("%s\n", XSTR(VERSION));
    printf("%s\n", STR(a + b * (c - d)));
    printf("%s\n", XSTR(CAT(x, y)));
    printf("%s\n", XSTR(XCAT(PREFIX, fix)));
    int xy = 5;
    printf("CAT(x, y) = %d\n", CAT(x, y));
    int v3 = 33;
    printf("XCAT(v, VERSION) = %d\n", XCAT(v, VERSION));
    printf("get_alpha=%d get_beta=%d\n", get_alpha(), get_beta());
    struct fields f = { 1, 2, 3 };
    printf("fields %d %d %d\n", f.field_1, f.field_2, f.field_3);
    printf("counters %d %d\n", counter_4, counter_7);
    SHOW_INT(2 + 3 * 4);
    SHOW_INT(xy << 2);
    printf("%d\n", CAT(12, 34) + 1);
    printf("%s\n", STR());
    printf("%.1f\n", CAT(1., 5));
    return 0;
}
