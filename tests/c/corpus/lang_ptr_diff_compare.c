/* pointer differences (ptrdiff_t) and relational comparisons within one array */
#include <stdio.h>
#include <stddef.h>

struct rec { int a; double b; };

int main(void) {
    int arr[20];
    int i;
    for (i = 0; i < 20; i++) arr[i] = i * i;
    int *first = &arr[0], *last = &arr[19], *end = arr + 20;
    ptrdiff_t d = last - first;
    printf("last - first = %td\n", d);
    printf("end - first = %td\n", end - first);
    printf("first - end = %td\n", first - end);
    printf("first < last %d, last < first %d, first <= first %d, end > last %d\n", first < last, last < first, first <= first, end > last);
    printf("first == arr %d, first != last %d\n", first == arr, first != last);
    struct rec recs[6];
    struct rec *r1 = &recs[1], *r5 = &recs[5];
    printf("r5 - r1 = %td\n", r5 - r1);
    printf("&r5->b > &r1->b: %d\n", &r5->b > &r1->b);
    /* member pointers within the same struct */
    printf("&recs[0].b > (void*)&recs[0].a: %d\n", (void *)&recs[0].b > (void *)&recs[0].a);
    /* binary search with pointers */
    int target = 144;
    int *lo = arr, *hi = arr + 20;
    while (lo < hi) {
        int *mid = lo + (hi - lo) / 2;
        if (*mid < target) lo = mid + 1; else hi = mid;
    }
    printf("found %d at index %td\n", target, lo - arr);
    char s[] = "find the x in here";
    char *x = s;
    while (*x && *x != 'x') x++;
    printf("x at %td\n", x - s);
    double m[4][5];
    printf("&m[3][4] - &m[0][0] = %td\n", &m[3][4] - &m[0][0]);
    printf("m[3] - m[1] = %td\n", m[3] - m[1]);
    printf("&m[3] - &m[1] = %td\n", &m[3] - &m[1]);
    return 0;
}
