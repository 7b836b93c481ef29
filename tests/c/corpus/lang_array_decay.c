/* arrays decay to pointers in expressions and parameters, except for sizeof and & */
#include <stdio.h>

static int sum(int *a, int n) { int s = 0, i; for (i = 0; i < n; i++) s += a[i]; return s; }
static int sum2(int a[], int n) { int s = 0; while (n--) s += *a++; return s; }
static int sum3(int a[static 4]) { return a[0] + a[1] + a[2] + a[3]; }
static void set_first(char s[]) { s[0] = 'J'; }

int main(void) {
    int arr[6] = { 1, 2, 3, 4, 5, 6 };
    int *p = arr;
    printf("sum=%d sum2=%d sum3=%d\n", sum(arr, 6), sum2(arr + 1, 5), sum3(arr + 2));
    printf("arr == &arr[0]: %d\n", arr == &arr[0]);
    printf("*arr = %d, *(arr + 5) = %d\n", *arr, *(arr + 5));
    printf("p[3] = %d, 3[p] = %d\n", p[3], 3[p]);
    char name[] = "Jim";
    set_first(name);
    printf("name = %s\n", name);
    char word[] = "hello";
    set_first(word + 1);
    printf("word = %s\n", word);
    /* decay in conditional and comma */
    int other[2] = { 7, 8 };
    int *q = (arr[0] > 0) ? arr : other;
    printf("*q = %d\n", *q);
    /* string literal decays */
    const char *s = "literal";
    printf("s[3] = %c, \"literal\"[4] = %c, *\"xyz\" = %c\n", s[3], "literal"[4], *"xyz");
    /* array of arrays decays to pointer to array */
    int m[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    int (*row)[3] = m;
    printf("row[1][2] = %d, *m[1] = %d, **m = %d\n", row[1][2], *m[1], **m);
    printf("sum of row 1 = %d\n", sum(m[1], 3));
    printf("sum of all (flattened) = %d\n", sum(&m[0][0], 6));
    return 0;
}
