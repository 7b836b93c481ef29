// trap: division by zero
// in: divide
#include <stdlib.h>
static int divide(int a, int b) {
    return a / b; /* TRAP */
}
int main(int argc, char **argv) {
    (void)argv;
    return divide(10, argc - 1);
}
