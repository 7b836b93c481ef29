/* returning a negative value from main: the status seen by the host is the value modulo 256 */
#include <stdio.h>

int main(void) {
    int a = 3, b = 10;
    int r = a - b;
    printf("r = %d\n", r);
    return r; /* -7 -> 249 */
}
