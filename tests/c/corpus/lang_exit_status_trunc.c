/* exit status from main is reduced modulo 256 by the host: return 298 gives 42 */
#include <stdio.h>

static int compute(void) {
    int i, s = 0;
    for (i = 1; i <= 23; i++) s += i; /* 276 */
    return s + 22;                    /* 298 */
}

int main(void) {
    int v = compute();
    printf("returning %d\n", v);
    return v;
}
