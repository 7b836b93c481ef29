// trap: integer overflow
// in: main
#include <limits.h>
int main(int argc, char **argv) {
    (void)argv;
    int x = INT_MIN;
    int y = -argc;
    return x / y; /* TRAP */
}
