/* goto: forward, backward loops, breaking out of nested loops, cleanup chains, into a block after declarations */
#include <stdio.h>

static int find(int m[3][3], int target, int *r, int *c) {
    int i, j;
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++)
            if (m[i][j] == target) goto found;
    return 0;
found:
    *r = i; *c = j;
    return 1;
}

static int cleanup_chain(int fail_at) {
    int stage = 0;
    printf("  begin fail_at=%d\n", fail_at);
    if (fail_at == 1) goto out1;
    stage = 1;
    if (fail_at == 2) goto out2;
    stage = 2;
    if (fail_at == 3) goto out3;
    stage = 3;
    printf("  all stages done\n");
out3:
    printf("  undo stage 2\n");
out2:
    printf("  undo stage 1\n");
out1:
    printf("  exit with stage %d\n", stage);
    return stage;
}

int main(void) {
    int i = 0;
loop:
    if (i < 5) { printf("%d ", i); i++; goto loop; }
    printf("\n");
    int m[3][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
    int r = -1, c = -1;
    int ok = find(m, 6, &r, &c);
    printf("find 6: %d at %d,%d\n", ok, r, c);
    printf("find 10: %d\n", find(m, 10, &r, &c));
    int k;
    for (k = 1; k <= 4; k++) cleanup_chain(k);
    /* jump forward over code */
    int x = 1;
    goto skip;
    x = 100;
skip:
    printf("x=%d\n", x);
    /* jump into a block past a declaration with initializer (legal for non-VLA; value not initialized, so assign first) */
    goto inside;
    {
        int y;
    inside:
        y = 7;
        printf("y=%d\n", y);
    }
    /* backward goto forming a do-while */
    int n = 3, acc = 0;
again:
    acc += n;
    if (--n > 0) goto again;
    printf("acc=%d\n", acc);
    /* label on an empty statement at end of block */
    for (i = 0; i < 3; i++) {
        if (i == 1) goto next;
        printf("body %d\n", i);
    next:;
    }
    return acc;
}
