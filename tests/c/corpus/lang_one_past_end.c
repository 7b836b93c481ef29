/* one-past-the-end pointers: valid to form and compare, used as loop bounds */
#include <stdio.h>

static int sum_range(const int *begin, const int *end) {
    int s = 0;
    while (begin != end) s += *begin++;
    return s;
}

static void reverse(int *begin, int *end) {
    while (begin < end) {
        --end;
        int t = *begin; *begin = *end; *end = t;
        ++begin;
    }
}

int main(void) {
    int a[6] = { 1, 2, 3, 4, 5, 6 };
    int *end = a + 6;
    int *end2 = &a[6];
    printf("end == end2: %d\n", end == end2);
    printf("end - a = %ld\n", (long)(end - a));
    printf("sum = %d\n", sum_range(a, end));
    printf("sum of middle = %d\n", sum_range(a + 2, end - 1));
    printf("empty range sum = %d\n", sum_range(end, end));
    reverse(a, end);
    int *p;
    for (p = a; p != end; p++) printf("%d ", *p);
    printf("\n");
    reverse(a + 1, a + 4);
    for (p = a; p < end; p++) printf("%d ", *p);
    printf("\n");
    /* one past the end of a single object */
    int x = 42;
    int *xe = &x + 1;
    printf("single object range sum = %d\n", sum_range(&x, xe));
    /* backwards iteration stopping at the beginning without going below it */
    for (p = end; p != a;) { --p; printf("%d ", *p); }
    printf("\n");
    /* 2D: one past last row */
    int m[3][2] = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
    int (*r)[2];
    int total = 0;
    for (r = m; r != m + 3; r++) total += (*r)[0] * (*r)[1];
    printf("sum of row products = %d\n", total);
    char s[] = "xyz";
    char *se = s + sizeof s; /* one past the terminating NUL */
    printf("sizeof s = %zu, se - s = %ld\n", sizeof s, (long)(se - s));
    return 0;
}
