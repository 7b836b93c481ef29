/* well-defined uses of side effects: sequence points at && || ?: comma, full expressions, and function calls */
#include <stdio.h>

static int calls;
static int next_val(int *p) { calls++; return (*p)++; }

int main(void) {
    int i = 0;
    int r = i++ && i++;          /* second not evaluated */
    printf("r=%d i=%d\n", r, i);
    i = 0;
    r = i++ || i++;              /* both evaluated, sequenced */
    printf("r=%d i=%d\n", r, i);
    i = 5;
    r = i++ ? i : -1;            /* sequence point after condition */
    printf("r=%d i=%d\n", r, i);
    i = 1;
    r = (i++, i * 10);           /* comma sequences */
    printf("r=%d i=%d\n", r, i);
    i = 0;
    int a[5] = { 0 };
    a[i] = 7; i++;
    a[i++] = 8;                  /* only one modification of i, index uses value before */
    printf("a = %d %d %d, i=%d\n", a[0], a[1], a[2], i);
    int *p = a;
    *p++ = 100;                  /* modifies p and *old p: different objects */
    *p++ += 1;
    printf("a = %d %d, p-a=%ld\n", a[0], a[1], (long)(p - a));
    int v = 10;
    int x = next_val(&v);        /* modification inside a function call is sequenced */
    int y = next_val(&v) + 1;
    printf("x=%d y=%d v=%d calls=%d\n", x, y, v, calls);
    int j = 3;
    j = j * 2 + 1;               /* reading and writing j once in one expression is fine */
    j += j;                      /* compound assignment reads then writes */
    printf("j=%d\n", j);
    int k = 0;
    while (k++ < 3 && (k < 10)) ;
    printf("k=%d\n", k);
    int m = 2;
    m = (m = 3, m + 1);          /* comma inside the right-hand side sequences the inner assignment */
    printf("m=%d\n", m);
    return 0;
}
