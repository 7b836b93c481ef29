/* Variable-length arrays declared in a loop body are released at each
   iteration (also after `continue`) and after the loop, so these loops do
   not overflow the stack; arrays still live keep their contents */
#include <stdio.h>
#include <string.h>

static long check(const int *a, int n, int v) {
    long bad = 0;
    for (int i = 0; i < n; i++)
        bad += a[i] != v;
    return bad;
}

int main(void) {
    long bad = 0, sum = 0;
    for (int i = 0; i < 20000; i++) {
        int n = 200 + i % 37;
        int a[n];
        if (i % 3 == 0)
            continue;
        int b[n + i % 5];
        memset(a, 1, sizeof a);
        for (int k = 0; k < n + i % 5; k++)
            b[k] = i;
        bad += check(b, n + i % 5, i) + check(a, n, 0x01010101);
        sum += b[n - 1];
    }
    printf("loop: bad %ld sum %ld\n", bad, sum);

    int outer_n = 50;
    int keep[outer_n];
    for (int k = 0; k < outer_n; k++)
        keep[k] = 7;
    for (int i = 0; i < 3000; i++) {
        int big[(i % 4 + 1) * 64];
        for (int j = 0; j < 3; j++) {
            int small[j + 16];
            small[j] = j;
            big[j] = small[j];
        }
        bad += big[2] != 2;
    }
    printf("nested: bad %ld keep %ld\n", bad, check(keep, outer_n, 7));

    int m = 0;
    do {
        char buf[1000 + m % 100];
        buf[0] = (char)m;
        m++;
    } while (m < 20000);
    printf("do: %d\n", m);
    return 0;
}
