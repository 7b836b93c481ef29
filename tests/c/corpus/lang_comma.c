/* the comma operator: sequencing, value and type of the last operand, in for/while loops and subscripts */
#include <stdio.h>

static int counter;
static int tick(int v) { counter++; printf("tick(%d)\n", v); return v; }

int main(void) {
    int a, b, c;
    a = (b = 3, c = 4, b * c);
    printf("a=%d b=%d c=%d\n", a, b, c);
    a = (tick(1), tick(2), tick(3));
    printf("a=%d counter=%d\n", a, counter);
    int i, j;
    for (i = 0, j = 10; i < j; i += 3, j -= 2)
        printf("i=%d j=%d\n", i, j);
    int x = 0;
    while (x++, x < 4)
        printf("x=%d\n", x);
    int y = (x = 7, x + 1);
    printf("y=%d\n", y);
    /* comma in ternary branches */
    int z = 1 ? (a = 10, a + 5) : (a = 20, a + 6);
    printf("z=%d a=%d\n", z, a);
    /* comma result is not an lvalue but its value has the last operand's type */
    printf("sizeof(0, 1.0) = %zu\n", sizeof(0, 1.0));
    char arr[10];
    printf("sizeof(0, arr) = %zu\n", sizeof(0, arr));
    /* comma operator in array index */
    int vals[5] = { 1, 2, 3, 4, 5 };
    printf("vals[(1, 3)] = %d\n", vals[(1, 3)]);
    /* function argument commas vs comma operator */
    printf("%d %d\n", (1, 2), 3);
    return counter;
}
