/* size_t and ptrdiff_t arithmetic, unsigned wrap of size_t, %zu and %td */
#include <stdio.h>
#include <stddef.h>
#include <string.h>

int main(void) {
    int arr[50];
    int *p = &arr[10], *q = &arr[45];
    ptrdiff_t d = q - p;
    ptrdiff_t nd = p - q;
    printf("q - p = %td, p - q = %td\n", d, nd);
    size_t n = sizeof arr / sizeof arr[0];
    printf("n = %zu\n", n);
    size_t zero = 0;
    size_t wrapped = zero - 1;
    printf("0 - 1 as size_t = %zu\n", wrapped);
    printf("wrapped == SIZE_MAX-ish: %d\n", wrapped == (size_t)-1);
    size_t len = strlen("abcdef");
    printf("strlen = %zu, len - 10 > len: %d\n", len, len - 10 > len);
    printf("(ptrdiff_t)(len - 10) = %td\n", (ptrdiff_t)(len - 10));
    size_t i;
    size_t total = 0;
    for (i = n; i-- > 0;) total += i;
    printf("sum 0..49 via reverse size_t loop = %zu\n", total);
    ptrdiff_t diff_bytes = (char *)q - (char *)p;
    printf("byte difference = %td\n", diff_bytes);
    printf("sizeof(size_t)=%zu sizeof(ptrdiff_t)=%zu\n", sizeof(size_t), sizeof(ptrdiff_t));
    size_t big = (size_t)1 << 40;
    printf("1<<40 = %zu, /3 = %zu, %%7 = %zu\n", big, big / 3, big % 7);
    ptrdiff_t neg = -1000000000000;
    printf("neg / 3 = %td, neg %% 7 = %td\n", neg / 3, neg % 7);
    printf("mixed: (ptrdiff_t)-1 < (size_t)1 : %d\n", (ptrdiff_t)-1 < (size_t)1);
    return 0;
}
