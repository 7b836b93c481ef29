/* &arr vs arr: same address, different types (pointer to array vs pointer to element) */
#include <stdio.h>

int main(void) {
    int arr[5] = { 10, 20, 30, 40, 50 };
    int (*pa)[5] = &arr;
    int *pe = arr;
    printf("(void*)pa == (void*)pe: %d\n", (void *)pa == (void *)pe);
    printf("(char*)(pa + 1) - (char*)pa = %ld\n", (long)((char *)(pa + 1) - (char *)pa));
    printf("(char*)(pe + 1) - (char*)pe = %ld\n", (long)((char *)(pe + 1) - (char *)pe));
    printf("(*pa)[2] = %d, pa[0][3] = %d\n", (*pa)[2], pa[0][3]);
    printf("sizeof *pa = %zu, sizeof *pe = %zu\n", sizeof *pa, sizeof *pe);
    printf("sizeof &arr = %zu, sizeof arr = %zu\n", sizeof &arr, sizeof arr);
    int *last = *(&arr + 1) - 1;
    printf("last via &arr + 1: %d\n", *last);
    printf("&arr[0] == arr: %d, &*arr == arr: %d\n", &arr[0] == arr, &*arr == arr);
    char s[4] = "abc";
    char (*ps)[4] = &s;
    (*ps)[1] = 'B';
    printf("s = %s\n", s);
    int m[3][4];
    int i, j;
    for (i = 0; i < 3; i++) for (j = 0; j < 4; j++) m[i][j] = i * 10 + j;
    int (*pm)[3][4] = &m;
    printf("(*pm)[2][3] = %d\n", (*pm)[2][3]);
    printf("(char*)&m[1] - (char*)&m[0] = %ld\n", (long)((char *)&m[1] - (char *)&m[0]));
    printf("(char*)(&m + 1) - (char*)&m = %ld\n", (long)((char *)(&m + 1) - (char *)&m));
    int *flat = &m[0][0];
    printf("flat[7] = %d\n", flat[7]);
    return 0;
}
