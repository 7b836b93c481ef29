/* A variable-length array is released where its block ends, so a goto back
   above the block reuses the space instead of growing the stack until it
   overflows (from gcc's pr43220): a million 4 KB arrays would not fit in
   the VM stack. Also with nested blocks and an alloca-free sum. */
#include <stdio.h>

void *volatile p;

int main(void) {
    int n = 0;
    long sum = 0;
lab:
    {
        int x[n % 1000 + 1];
        x[0] = n;
        p = x;
        {
            char y[n % 17 + 1];
            y[0] = (char)n;
            sum += x[0] + y[0];
        }
    }
    if (++n < 1000000)
        goto lab;
    printf("%d %ld\n", n, sum);
    return 0;
}
