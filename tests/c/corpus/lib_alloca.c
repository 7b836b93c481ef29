/* alloca (<alloca.h>, also through <stdlib.h>) and __builtin_alloca: stack
   space that lives until the function returns (3,000 calls of a function
   that allocas 20 KB would overflow the 1 MiB stack if it were kept; it must
   not be inlined into the loop either), 8-byte aligned. */
#include <stdio.h>
#include <string.h>
#include <alloca.h>
static int sum_copy(const int *v, int n) {
    int *tmp = alloca(n * sizeof *tmp);
    memcpy(tmp, v, n * sizeof *tmp);
    int s = 0;
    for (int i = 0; i < n; i++) {
        char *scratch = __builtin_alloca(16); /* lives until return */
        scratch[0] = (char)i;
        s += tmp[i] + scratch[0] * 0;
    }
    return s;
}
int main(void) {
    int v[1000];
    for (int i = 0; i < 1000; i++) v[i] = i;
    long total = 0;
    for (int k = 0; k < 3000; k++) total += sum_copy(v, 1000);
    char *p = alloca(32);
    strcpy(p, "alloca ok");
    printf("%s %ld %d\n", p, total, ((unsigned long)p & 7) == 0);
    return 0;
}
