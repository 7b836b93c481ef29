/* compound literals: arrays, structs, address-of, as function arguments, modifiable, in loops */
#include <stdio.h>

struct p { int x, y; };

static int sum(const int *a, int n) { int s = 0; while (n--) s += *a++; return s; }
static int dot(struct p a, struct p b) { return a.x * b.x + a.y * b.y; }
static int len2(const struct p *v) { return v->x * v->x + v->y * v->y; }

int main(void) {
    printf("sum = %d\n", sum((int[]){ 1, 2, 3, 4 }, 4));
    printf("dot = %d\n", dot((struct p){ 1, 2 }, (struct p){ .y = 3, .x = 4 }));
    printf("len2 = %d\n", len2(&(struct p){ 3, 4 }));
    int *arr = (int[]){ 10, 20, 30 };
    arr[1] = 25;
    printf("arr = %d %d %d\n", arr[0], arr[1], arr[2]);
    struct p *pp = &(struct p){ 5, 6 };
    pp->x *= 10;
    printf("pp = %d %d\n", pp->x, pp->y);
    struct p v = (struct p){ 7, 8 };
    v = (struct p){ v.y, v.x };
    printf("v = %d %d\n", v.x, v.y);
    printf("sizeof (int[]){1,2,3,4,5} = %zu\n", sizeof (int[]){ 1, 2, 3, 4, 5 });
    const char *s = (const char[]){ 'o', 'k', '\0' };
    printf("s = %s\n", s);
    char *names[] = { (char[]){ "mutable" }, (char[8]){ "also" } };
    names[0][0] = 'M';
    names[1][0] = 'A';
    printf("%s %s\n", names[0], names[1]);
    int total = 0, i;
    for (i = 0; i < 3; i++) {
        int *row = (int[3]){ i, i * 2, i * 3 }; /* fresh each iteration */
        total += sum(row, 3);
    }
    printf("total = %d\n", total);
    double d = ((double[]){ 1.5, 2.5 })[1];
    printf("d = %.1f\n", d);
    int m = (int){ 42 };
    printf("m = %d\n", m);
    struct pair2 { int a[2]; } w = (struct pair2){ { 1, 2 } };
    printf("w = %d %d\n", w.a[0], w.a[1]);
    return 0;
}
