/* X-macros: one list generates an enum, a name table, a struct and a switch */
#include <stdio.h>

#define COLORS(X) \
    X(RED, 0xff0000) \
    X(GREEN, 0x00ff00) \
    X(BLUE, 0x0000ff) \
    X(WHITE, 0xffffff) \
    X(BLACK, 0x000000)

#define AS_ENUM(name, rgb) COLOR_##name,
#define AS_NAME(name, rgb) #name,
#define AS_RGB(name, rgb) rgb,
#define AS_CASE(name, rgb) case COLOR_##name: return rgb;
#define AS_COUNT(name, rgb) +1

enum color { COLORS(AS_ENUM) COLOR_COUNT };
static const char *color_names[] = { COLORS(AS_NAME) };
static const unsigned color_rgb[] = { COLORS(AS_RGB) };
enum { NCOLORS = 0 COLORS(AS_COUNT) };

static unsigned rgb_of(enum color c) {
    switch (c) {
        COLORS(AS_CASE)
    default: return 0xdeadbeef;
    }
}

#define FIELDS(F) F(int, id) F(double, weight) F(const char *, label)
#define DECL_FIELD(type, name) type name;
struct record { FIELDS(DECL_FIELD) };
#define PRINT_FIELD_int(v) printf("%d", v)
#define PRINT_FIELD_double(v) printf("%.2f", v)

int main(void) {
    int i;
    printf("NCOLORS=%d COLOR_COUNT=%d\n", NCOLORS, COLOR_COUNT);
    for (i = 0; i < COLOR_COUNT; i++)
        printf("%d %-5s %06x %06x\n", i, color_names[i], color_rgb[i], rgb_of((enum color)i));
    printf("rgb_of(99) = %x\n", rgb_of((enum color)99));
    struct record r = { 7, 61.5, "x-macro" };
    printf("record: id=");
    PRINT_FIELD_int(r.id);
    printf(" weight=");
    PRINT_FIELD_double(r.weight);
    printf(" label=%s sizeof=%zu\n", r.label, sizeof r);
    return 0;
}
