/* assert.h: assertions that hold (with side-effect-free and side-effecting expressions) */
#include <stdio.h>
#include <assert.h>
#include <string.h>

static int calls = 0;
static int check(int v) { calls++; return v > 0; }

int main(void) {
    int x = 5;
    assert(x == 5);
    assert(check(x));
    assert(strlen("abc") == 3);
    for (int i = 1; i <= 10; i++) assert(check(i));
    printf("all assertions passed, calls=%d\n", calls);
    return 0;
}
