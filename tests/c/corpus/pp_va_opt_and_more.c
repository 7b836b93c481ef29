/* __VA_OPT__ (C23, and gcc in every mode), with parameters, pasting and a
   GNU named variadic parameter inside; the GNU obsolete array designator
   without `=`; a plain string concatenated with a wide or UTF-16 one is read
   with the wide prefix (one character, not three bytes widened). */
#include <stdio.h>
#include <wchar.h>
#include <uchar.h>

#define LOG(fmt, ...) printf("log: " fmt "\n" __VA_OPT__(,) __VA_ARGS__)
#define SUM(a, ...) (a __VA_OPT__(+ sum_rest(__VA_ARGS__)))
#define sum_rest(...) (0 __VA_OPT__(+ count(__VA_ARGS__)))
#define count(...) 100
#define PASTE(a, ...) __VA_OPT__(v ## a) + 0
#define NAMED(x, rest...) (x __VA_OPT__(- rest))
#define EMPTY

int v1 = 41;

int main(void) {
    LOG("no arguments");
    LOG("%d and %s", 7, "seven");
    printf("%d %d\n", SUM(1), SUM(1, 2, 3));
    printf("%d %d\n", PASTE(1, x), PASTE(1) + 5);
    printf("%d %d\n", NAMED(10), NAMED(10, 3));
    printf("%d\n", SUM(2, EMPTY));

    int a[8] = { [2] 20, [4] = 40, 50, [7] 70 };
    for (int i = 0; i < 8; i++) printf("%d ", a[i]);
    printf("\n");

    const wchar_t *w = "\u3042" L"x";
    const char16_t *u = u"" "\u3042b";
    printf("%d %d %zu %d %d %zu\n", (int)w[0], (int)w[1], sizeof("\u3042" L""),
           (int)u[0], (int)u[1], sizeof(u"" "\u3042"));
    return 0;
}
