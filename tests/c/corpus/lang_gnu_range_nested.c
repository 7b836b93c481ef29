/* GNU range designators followed by more designators ([a ... b].m = v,
   [a ... b][k] = v): each element of the range gets the nested designation
   over what it already holds, what follows without a designator continues
   in the last element, and v is evaluated once. Designators inside a
   range's braced value belong to that value. */
#include <stdio.h>

struct p { int x, y; };
struct q { struct p in[2]; int w; };

static int g1[3][3] = { [0 ... 2][1] = 1 };
static int g2[3][3] = { [1] = {4, 4, 4}, [0 ... 1][0 ... 2] = 2, [2][1 ... 2] = 7 };
static struct p g3[3] = { [0 ... 2].y = 1, [1].x = 2 };
static struct p g4[3] = { [0 ... 2] = { .y = 5 }, [1].x = 6 };
static struct p g5[3] = { [0 ... 2] = { y: 8 } };
static struct p g6[4] = { [1] = {9, 9}, [0 ... 2].x = 1, 2, 3 };
static struct q g7[2] = { [0 ... 1].in[1].y = 3, 4, [0].in[0 ... 1].x = 5 };
static int g8[2][3] = { [0 ... 1][1] = 1, 5 };

static int counter;
static int next(void) { return ++counter; }

static void show(const char *name, const int *v, int n) {
    printf("%s:", name);
    for (int i = 0; i < n; i++)
        printf(" %d", v[i]);
    printf("\n");
}

int main(void) {
    show("g1", &g1[0][0], 9);
    show("g2", &g2[0][0], 9);
    show("g3", &g3[0].x, 6);
    show("g4", &g4[0].x, 6);
    show("g5", &g5[0].x, 6);
    show("g6", &g6[0].x, 8);
    show("g7", &g7[0].in[0].x, 10);
    show("g8", &g8[0][0], 6);
    /* Automatic objects: the value is evaluated once for the whole range. */
    struct p l1[3] = { [0 ... 2].y = next(), [1].x = next() };
    int l2[3][2] = { [0 ... 2][1] = next() };
    struct p l3[3] = { [0 ... 2] = { .x = next() } };
    show("l1", &l1[0].x, 6);
    show("l2", &l2[0][0], 6);
    show("l3", &l3[0].x, 6);
    printf("calls: %d\n", counter);
    return 0;
}
