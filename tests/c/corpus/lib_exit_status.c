/* stdlib.h: exit with a computed status (low 8 bits kept: 300 -> 44) after lots of buffered output */
#include <stdio.h>
#include <stdlib.h>

static int compute(void) {
    int s = 0;
    for (int i = 0; i < 25; i++) s += i;
    return s;
}

int main(void) {
    for (int i = 0; i < 200; i++) printf("%d%c", i, i % 20 == 19 ? '\n' : ' ');
    printf("partial line before exit");
    exit(compute());
}
