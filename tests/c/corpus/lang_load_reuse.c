/* Loads voxcc reuses instead of repeating (within a block and into a
   block whose only predecessor made them) and the ones it must repeat:
   after a store through another pointer to the same place, after a call,
   when the pointer changed, and in loops. */
#include <stdio.h>
#include <string.h>

struct node { struct node *left, *right; int v; };

static int g;
static void bump(void) { g++; }
static void poke(int *p, int v) { *p = v; }

static long count(const struct node *n) {
    if (!n->left) return n->v;
    return n->v + count(n->left) + count(n->right);
}

static int alias(int *a, int *b) {
    int r = 0;
    if (*a > 0) {
        *b = 100;        /* b may be a */
        r = *a;
    }
    return r;
}

static int after_call(void) {
    int r = g;
    if (g < 10) {
        bump();
        r += g;
    }
    return r;
}

static int through_callee(int *p) {
    int r = *p;
    if (*p) {
        poke(p, 7);
        r = r * 10 + *p;
    }
    return r;
}

static int moving(const int *p, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) {
        if (p[0] & 1) s += p[0];
        p++;
    }
    return s;
}

int main(void) {
    struct node leaves[4] = {{0, 0, 1}, {0, 0, 2}, {0, 0, 3}, {0, 0, 4}};
    struct node mid[2] = {{&leaves[0], &leaves[1], 10}, {&leaves[2], &leaves[3], 20}};
    struct node root = {&mid[0], &mid[1], 100};
    printf("count %ld\n", count(&root));

    int x = 5, y = 6;
    printf("alias same %d\n", alias(&x, &x));
    x = 5;
    int r = alias(&x, &y);
    printf("alias other %d %d\n", r, y);

    g = 3;
    printf("after call %d\n", after_call());
    int z = 4;
    printf("through callee %d\n", through_callee(&z));

    int arr[8] = {1, 2, 3, 4, 5, 6, 7, 9};
    printf("moving %d\n", moving(arr, 8));

    volatile int vol = 3;
    int a = vol;
    int b = vol;
    printf("volatile %d\n", a + b);

    char buf[16];
    strcpy(buf, "abc");
    int l1 = buf[0];
    memset(buf, 'z', 1);
    int l2 = buf[0];
    printf("memset %c %c\n", l1, l2);
    return 0;
}
