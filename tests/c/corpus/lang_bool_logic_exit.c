/* the exit status is computed from boolean and relational expressions */
#include <stdio.h>

int main(void) {
    int a = 5, b = 7, c = -3;
    int bits = 0;
    bits |= (a < b) << 0;
    bits |= (a > b) << 1;
    bits |= (c < 0) << 2;
    bits |= (!c) << 3;
    bits |= (!!c) << 4;
    bits |= (a == 5 && b == 7) << 5;
    bits |= (a == 6 || c == -3) << 6;
    bits |= ((unsigned)c > 5u) << 7;
    printf("bits = %d\n", bits);
    return bits;
}
