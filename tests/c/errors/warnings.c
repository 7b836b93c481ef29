#include <stdio.h>
int main(void) {
    long big = 1L << 40;
    int *p = 42;
    printf("%d %s\n", big, 7);
    return undeclared_helper(p);
}
int undeclared_helper(int *p) { return *p; }
