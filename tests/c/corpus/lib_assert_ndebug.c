/* assert.h: with NDEBUG defined first, assert expands to nothing and side effects do not happen */
#define NDEBUG
#include <assert.h>
#include <stdio.h>

static int counter = 0;
int bump(void) { counter++; return 0; }

int main(void) {
    assert(bump());
    assert(counter++ == 100);
    assert(0);
    printf("counter=%d (assertions disabled)\n", counter);
    return 0;
}
