/* designated initializers: .field, [index], mixed with positional, overriding, ranges of zeros */
#include <stdio.h>

struct s { int a, b, c; const char *name; double d; };

int main(void) {
    struct s x = { .c = 3, .a = 1 };
    printf("x: %d %d %d %s %.1f\n", x.a, x.b, x.c, x.name ? x.name : "(null)", x.d);
    struct s y = { .b = 2, 30, "after b", .d = 4.5 }; /* positional continues after designator */
    printf("y: %d %d %d %s %.1f\n", y.a, y.b, y.c, y.name, y.d);
    struct s z = { 1, 2, 3, .a = 100 }; /* later initializer overrides */
    printf("z: %d %d %d\n", z.a, z.b, z.c);
    int arr[10] = { [3] = 30, [7] = 70, 80, [1] = 10 };
    int i;
    for (i = 0; i < 10; i++) printf("%d ", arr[i]);
    printf("\n");
    int sized[] = { [5] = 5, [2] = 2 };
    printf("sizeof sized = %zu\n", sizeof sized / sizeof sized[0]);
    int over[4] = { 1, 2, 3, 4, [1] = 20, 30 };
    for (i = 0; i < 4; i++) printf("%d ", over[i]);
    printf("\n");
    const char *names[] = { [2] = "two", [0] = "zero", [4] = "four" };
    for (i = 0; i < 5; i++) printf("%s ", names[i] ? names[i] : "-");
    printf("\n");
    char lookup[128] = { ['a'] = 1, ['e'] = 1, ['i'] = 1, ['o'] = 1, ['u'] = 1 };
    const char *text = "designated initializers";
    int vowels = 0;
    for (i = 0; text[i]; i++) vowels += lookup[(unsigned char)text[i]];
    printf("vowels = %d\n", vowels);
    struct s arr_s[3] = { [1].name = "middle", [2] = { .d = 9.5 }, [0].b = 7 };
    for (i = 0; i < 3; i++) printf("arr_s[%d]: b=%d name=%s d=%.1f\n", i, arr_s[i].b, arr_s[i].name ? arr_s[i].name : "-", arr_s[i].d);
    return 0;
}
