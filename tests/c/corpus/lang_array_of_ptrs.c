/* arrays of pointers vs pointers to arrays; sorting through an array of pointers; arrays of strings */
#include <stdio.h>

int main(void) {
    int a = 1, b = 2, c = 3;
    int *ptrs[3] = { &a, &b, &c };
    int i;
    for (i = 0; i < 3; i++) *ptrs[i] *= 10;
    printf("a=%d b=%d c=%d\n", a, b, c);
    int row0[3] = { 1, 2, 3 }, row1[3] = { 4, 5, 6 };
    int (*rowp)[3] = &row0;
    printf("(*rowp)[1] = %d\n", (*rowp)[1]);
    rowp = &row1;
    printf("(*rowp)[1] = %d\n", (*rowp)[1]);
    int *rows[2] = { row0, row1 };
    printf("rows[1][2] = %d\n", rows[1][2]);
    int *tmp = rows[0]; rows[0] = rows[1]; rows[1] = tmp;
    printf("swapped rows: rows[0][0] = %d, rows[1][0] = %d\n", rows[0][0], rows[1][0]);
    const char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    int n = (int)(sizeof months / sizeof months[0]);
    for (i = 0; i < n; i += 3) printf("%s ", months[i]);
    printf("\n");
    /* sort pointers, not data */
    int data[5] = { 50, 10, 40, 20, 30 };
    int *order[5];
    int j;
    for (i = 0; i < 5; i++) order[i] = &data[i];
    for (i = 0; i < 5; i++)
        for (j = i + 1; j < 5; j++)
            if (*order[j] < *order[i]) { int *t = order[i]; order[i] = order[j]; order[j] = t; }
    for (i = 0; i < 5; i++) printf("%d(idx %ld) ", *order[i], (long)(order[i] - data));
    printf("\n");
    char *mutable_words[3];
    char w0[] = "cat", w1[] = "dog", w2[] = "emu";
    mutable_words[0] = w0; mutable_words[1] = w1; mutable_words[2] = w2;
    for (i = 0; i < 3; i++) mutable_words[i][0] -= 32;
    printf("%s %s %s\n", w0, w1, w2);
    return 0;
}
