/* __attribute__ at the start of a parenthesized declarator, also in a
   cast's abstract declarator */
#include <stdio.h>

int (__attribute__((unused)) *gp)(void);
static int f(void) { return 42; }
char (__attribute__((aligned(8))) buf)[3];

int main(void) {
    void *fp = f;
    gp = f;
    int (__attribute__((unused)) *arr[2])(void) = { f, f };
    printf("%d %d %d\n", ((int (__attribute__((unused)) *)(void))fp)(), gp(), arr[1]());
    printf("%zu\n", sizeof buf);
    return ((int (__attribute__((unused)) *)(void))fp)() - gp();
}
