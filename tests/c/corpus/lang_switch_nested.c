/* nested switch statements, break from inner vs outer, switch in loops with continue */
#include <stdio.h>

static const char *describe(int shape, int size) {
    switch (shape) {
    case 0:
        switch (size) {
        case 0: return "small circle";
        case 1: return "big circle";
        default: break;
        }
        return "odd circle";
    case 1:
        switch (size) {
        case 0: return "small square";
        case 1: break;
        }
        return "other square";
    default:
        return "unknown";
    }
}

int main(void) {
    int s, z;
    for (s = 0; s < 3; s++) for (z = 0; z < 3; z++) printf("%d,%d: %s\n", s, z, describe(s, z));
    int log[20], n = 0;
    for (s = 0; s < 4; s++) {
        switch (s & 1) {
        case 0:
            switch (s) {
            case 0: log[n++] = 100; break;
            case 2: log[n++] = 102; continue; /* continues the for loop */
            }
            log[n++] = 200 + s;
            break;
        case 1:
            log[n++] = 300 + s;
            break;
        }
        log[n++] = 400 + s;
    }
    int i;
    for (i = 0; i < n; i++) printf("%d ", log[i]);
    printf("\n");
    return n;
}
