// trap: heap-buffer-overflow: 8-byte read
// in: sum
// A read past the end in another function than the one that allocated.
#include <stdio.h>
#include <stdlib.h>
static double sum(const double *v, int n) {
    double s = 0;
    for (int i = 0; i < n; i++)
        s += v[i]; /* TRAP */
    return s;
}
static double *make(int n) {
    double *v = malloc(n * sizeof(double)); /* ALLOC */
    for (int i = 0; i < n; i++)
        v[i] = i;
    return v;
}
int main(void) {
    double *v = make(7);
    printf("%g\n", sum(v, 8)); /* CALLER */
    return 0;
}
