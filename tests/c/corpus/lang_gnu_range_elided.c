/* GNU range designators whose value is not in braces, for aggregate
   elements: the value initializes the first scalar of every element of
   the range (or the whole element: a string for a character array, a
   record of the element's type), and what follows continues in the last
   element, as gcc does. And a designator into a character array that a
   string initialized keeps the string's other characters. */
#include <stdio.h>
#include <wchar.h>

struct p { int x, y; };
struct in { int a, b; };
struct o { struct in i; int c; };
struct s { char n[4]; int k; };

static struct p g1[3] = { [0 ... 2] = 1, 2 };
static int g2[2][2] = { [0 ... 1] = 3, 4 };
static struct o g3[3] = { [0 ... 2] = 1, 2, 3 };
static struct o g4[3] = { [1] = { { 9, 9 }, 9 }, [0 ... 1] = 1, 2 };
static int g5[2][2][2] = { [0 ... 1] = 5, 6, 7 };
static char g6[3][4] = { [0 ... 2] = "ab", [1][3] = 1 };
static struct s g7[3] = { [0 ... 1] = "xy", 7, [2] = "z" };
static char g8[2][4] = { "ab", [0][3] = 1 };
static struct { signed char c[4]; } g9 = { "\xff\x80", .c[3] = -2 };
static wchar_t g10[2][4] = { L"ab", [0][3] = 66, [1] = L"\xff\x1234", [1][0] = 67 };

static int calls;
static struct p make(void) {
    calls++;
    struct p r = { calls, 10 * calls };
    return r;
}

static void show(const char *name, const void *v, int n, int size) {
    printf("%s:", name);
    for (int i = 0; i < n; i++) {
        if (size == 1)
            printf(" %d", ((const signed char *)v)[i]);
        else if (size == 4)
            printf(" %d", ((const int *)v)[i]);
    }
    printf("\n");
}

int main(void) {
    show("g1", g1, 6, 4);
    show("g2", g2, 4, 4);
    show("g3", g3, 9, 4);
    show("g4", g4, 9, 4);
    show("g5", g5, 8, 4);
    show("g6", g6, 12, 1);
    show("g7", g7, 24, 1);
    show("g8", g8, 8, 1);
    show("g9", &g9, 4, 1);
    for (int i = 0; i < 8; i++)
        printf(" %ld", (long)((const wchar_t *)g10)[i]);
    printf("\n");
    /* A record value copied to every element, computed once. */
    struct p q = { 4, 5 };
    struct p l1[3] = { [0 ... 2] = q };
    struct p l2[3] = { [0 ... 2] = make(), [1].y = 0 };
    show("l1", l1, 6, 4);
    show("l2", l2, 6, 4);
    printf("calls: %d\n", calls);
    return 0;
}
