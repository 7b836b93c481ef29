/* A goto back over variable-length array declarations releases the arrays
   (C99 6.2.4p6: their lifetime ends there), also when it leaves an inner
   block with its own VLA: 200,000 rounds of 4 KB arrays on a 1 MiB stack must
   keep reusing the same place (tcc's 122_vla_reuse checks the same). */
#include <stdio.h>
int main(void) {
    int n = 0, first = 1;
    void *p0 = 0;
    long total = 0;
again:;
    int a[n % 1 + 1000];
    {
        int b[50];
        (void)b;
        int c[n % 3 + 1];
        c[0] = n;
        total += c[0];
        if (n % 5 == 1) { n++; goto again; }
    }
    if (first) { p0 = a; first = 0; }
    else if ((void *)a != p0) { printf("moved %p %p\n", (void *)a, p0); return 1; }
    a[0] = n;
    n++;
    if (n < 200000) goto again;
    printf("ok %ld\n", total);
    return 0;
}
