/* switch fall-through, default in the middle, default first, empty switch body, cases inside blocks */
#include <stdio.h>

static int fall(int x) {
    int r = 0;
    switch (x) {
    case 0: r += 1;
    case 1: r += 10;
    case 2: r += 100;
        break;
    case 3: r += 1000;
    default: r += 10000;
    case 4: r += 100000;
    case 5: r += 1000000;
    }
    return r;
}

static int default_first(int x) {
    switch (x) {
    default: return -1;
    case 1: return 10;
    case 2: return 20;
    }
}

static int weird(int x) {
    int r = 0;
    switch (x) {
        r = 999; /* unreachable statement before the first label */
    case 1: {
        int local = 5;
        r = local;
    case 2:
        r += 2;
    }
        break;
    case 3:
        if (r == 0) {
    case 4:
            r += 40;
        }
        r += 3;
    }
    return r;
}

int main(void) {
    int i;
    for (i = -1; i <= 7; i++) printf("fall(%d) = %d\n", i, fall(i));
    for (i = 0; i <= 3; i++) printf("default_first(%d) = %d\n", i, default_first(i));
    for (i = 0; i <= 5; i++) printf("weird(%d) = %d\n", i, weird(i));
    int n = 3;
    switch (n) { }
    switch (n) default: printf("switch with only default statement\n");
    switch (n) case 3: printf("switch with single case statement\n");
    return 0;
}
