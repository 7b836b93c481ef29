/* break and continue in for, while, do-while, nested loops and switch inside loops */
#include <stdio.h>

int main(void) {
    int i, j;
    for (i = 0; i < 10; i++) {
        if (i % 3 == 0) continue;
        if (i == 8) break;
        printf("%d ", i);
    }
    printf("| i=%d\n", i);
    i = 0;
    while (i < 20) {
        i++;
        if (i % 2) continue;
        if (i > 12) break;
        printf("%d ", i);
    }
    printf("| i=%d\n", i);
    i = 0;
    do {
        i++;
        if (i == 2) continue;
        if (i == 6) break;
        printf("%d ", i);
    } while (i < 10);
    printf("| i=%d\n", i);
    /* break only exits innermost loop */
    int found = 0;
    for (i = 0; i < 5; i++) {
        for (j = 0; j < 5; j++) {
            if (j > i) break;
            if ((i + j) % 2) continue;
            found++;
        }
    }
    printf("found=%d\n", found);
    /* break inside switch inside loop exits the switch only; continue goes to the loop */
    int evens = 0, odds = 0, others = 0;
    for (i = 0; i < 12; i++) {
        switch (i % 4) {
        case 0: evens++; break;
        case 1: odds++; continue;
        case 2: evens++; /* fall through */
        default: others++; break;
        }
        others += 100;
    }
    printf("evens=%d odds=%d others=%d\n", evens, odds, others);
    /* search with flag vs break */
    int grid[4][4] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 }, { 13, 14, 15, 16 } };
    int fr = -1, fc = -1;
    for (i = 0; i < 4 && fr < 0; i++)
        for (j = 0; j < 4; j++)
            if (grid[i][j] == 11) { fr = i; fc = j; break; }
    printf("found 11 at %d,%d\n", fr, fc);
    /* continue in for executes the increment */
    int incs = 0;
    for (i = 0; i < 5; i++, incs++) continue;
    printf("incs=%d\n", incs);
    return 0;
}
