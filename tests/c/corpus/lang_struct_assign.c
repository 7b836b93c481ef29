/* struct assignment copies all members including arrays; chained assignment; self-assignment */
#include <stdio.h>

struct vec { double v[4]; int n; char label[6]; };
struct wrap { int arr[10]; };

int main(void) {
    struct vec a = { { 1, 2, 3, 4 }, 4, "a" };
    struct vec b, c;
    b = c = a;
    b.v[0] = 10; b.label[0] = 'b';
    c.v[3] = -1; c.label[0] = 'c';
    printf("a: %.0f %.0f %s; b: %.0f %.0f %s; c: %.0f %.0f %s\n", a.v[0], a.v[3], a.label, b.v[0], b.v[3], b.label, c.v[0], c.v[3], c.label);
    a = a;
    printf("self-assign ok: %.0f %d\n", a.v[2], a.n);
    struct wrap w1, w2;
    int i;
    for (i = 0; i < 10; i++) w1.arr[i] = i * i;
    w2 = w1;
    for (i = 0; i < 10; i++) w1.arr[i] = 0;
    for (i = 0; i < 10; i++) printf("%d ", w2.arr[i]);
    printf("\n");
    /* array copy via struct wrapper */
    struct wrap list[3];
    for (i = 0; i < 3; i++) { int k; for (k = 0; k < 10; k++) list[i].arr[k] = i + k; }
    struct wrap t = list[0]; list[0] = list[2]; list[2] = t;
    printf("list[0].arr[9]=%d list[2].arr[9]=%d\n", list[0].arr[9], list[2].arr[9]);
    /* assignment through pointers */
    struct vec *pa = &a, *pb = &b;
    *pa = *pb;
    printf("a after *pa = *pb: %.0f %s\n", a.v[0], a.label);
    /* struct with const-qualified copy source */
    const struct vec k = { { 9 }, 1, "k" };
    a = k;
    printf("a from const: %.0f %d %s\n", a.v[0], a.n, a.label);
    return 0;
}
