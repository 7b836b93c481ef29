// trap: assertion failed
// in: __assert_fail
#include <assert.h>
static int half(int x) {
    assert(x % 2 == 0); /* CALLER */
    return x / 2;
}
int main(void) {
    return half(3);
}
