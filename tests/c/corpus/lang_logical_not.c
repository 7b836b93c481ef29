/* logical not on ints, floats, pointers, and in conditions */
#include <stdio.h>

int main(void) {
    int vals[] = { 0, 1, -1, 2, 1000, -2147483647 };
    unsigned i;
    for (i = 0; i < sizeof vals / sizeof *vals; i++)
        printf("!%d = %d, !!%d = %d\n", vals[i], !vals[i], vals[i], !!vals[i]);
    double ds[] = { 0.0, -0.0, 0.5, -1e-300, 1e300 };
    for (i = 0; i < sizeof ds / sizeof *ds; i++)
        printf("!%g = %d\n", ds[i], !ds[i]);
    char *p = 0;
    char c = 'x';
    printf("!NULL = %d\n", !p);
    p = &c;
    printf("!&c = %d\n", !p);
    printf("!'\\0' = %d, !'0' = %d\n", !'\0', !'0');
    unsigned long long big = 1ULL << 63;
    printf("!(1ULL<<63) = %d\n", !big);
    printf("sizeof(!big) = %zu\n", sizeof(!big));
    int x = 0;
    if (!x) printf("x is zero\n");
    x = 3;
    if (!!x == 1) printf("!!3 == 1\n");
    printf("!x + !x = %d\n", !x + !x);
    printf("!(x > 2) = %d\n", !(x > 2));
    printf("!x > 2 = %d\n", !x > 2);
    int count = 0;
    for (i = 0; i < 20; i++) count += !(i % 3);
    printf("multiples of 3 below 20: %d\n", count);
    return 0;
}
