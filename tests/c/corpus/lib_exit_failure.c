/* stdlib.h: EXIT_SUCCESS/EXIT_FAILURE values and returning EXIT_FAILURE from main */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("EXIT_SUCCESS=%d EXIT_FAILURE=%d\n", EXIT_SUCCESS, EXIT_FAILURE);
    printf("returning failure");
    return EXIT_FAILURE;
}
