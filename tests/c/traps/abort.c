// trap: abort() called
// in: abort
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    printf("this is buffered and lost, as in C\n");
    abort(); /* CALLER */
}
