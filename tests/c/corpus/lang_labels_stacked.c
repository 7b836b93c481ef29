/* Thousands of labels stacked on one statement: `case`s (as generated
 * lexers and state machines write them), `default` among them, ordinary
 * labels, and the three mixed. Each label is its own entry point. gcc
 * accepts any number; voxcc read each label by recursion and refused more
 * than 1000 as nesting too deep. */
#include <stdio.h>

/* 10, 100 and 1000 consecutive case labels: n0..n9, n00..n99, ... */
#define C10(n) case n##0: case n##1: case n##2: case n##3: case n##4: \
    case n##5: case n##6: case n##7: case n##8: case n##9:
#define C100(n) C10(n##0) C10(n##1) C10(n##2) C10(n##3) C10(n##4) \
    C10(n##5) C10(n##6) C10(n##7) C10(n##8) C10(n##9)
#define C1000(n) C100(n##0) C100(n##1) C100(n##2) C100(n##3) C100(n##4) \
    C100(n##5) C100(n##6) C100(n##7) C100(n##8) C100(n##9)

/* The same for ordinary labels. */
#define L10(n) n##0: n##1: n##2: n##3: n##4: n##5: n##6: n##7: n##8: n##9:
#define L100(n) L10(n##0) L10(n##1) L10(n##2) L10(n##3) L10(n##4) \
    L10(n##5) L10(n##6) L10(n##7) L10(n##8) L10(n##9)
#define L1000(n) L100(n##0) L100(n##1) L100(n##2) L100(n##3) L100(n##4) \
    L100(n##5) L100(n##6) L100(n##7) L100(n##8) L100(n##9)

/* 3000..5999 and 7000..7999 on one statement, with default between them;
 * 6000..6999 on the next. */
static int classify(int c) {
    int r = 0;
    switch (c) {
    C1000(3) C1000(4) default: C1000(5) C1000(7)
        r += 1;
        /* fall through */
    C1000(6)
        r += 10;
        break;
    case 1:
        r = -1;
    }
    return r;
}

/* 3000 ordinary labels on one statement, reached by goto in a loop. */
static int hops(int n) {
    int s = 0, k = 0;
    goto start;
    L1000(a) L1000(b) L1000(c)
        s += k;
    start:
    if (++k <= n) {
        switch (k % 4) {
        case 0: goto a123;
        case 1: goto b999;
        case 2: goto c000;
        default: goto a000;
        }
    }
    return s;
}

/* Labels of all kinds mixed, with attributes and a label before `}`. */
static int mixed(int c) {
    int r = 0;
    switch (c) {
    x1: case 10: x2: __attribute__((unused)) default: x3: case 11: C10(2)
        r += c;
        if (r < 40) goto x2;
        break;
    case 12:
        r = 7;
        goto end;
    }
    r *= 2;
end:
    return r;
    x4:
}

int main(void) {
    int codes[] = {0, 1, 2, 2999, 3000, 3456, 4999, 5000, 5999, 6000, 6500,
                   6999, 7000, 7999, 8000, -5};
    for (unsigned i = 0; i < sizeof codes / sizeof codes[0]; i++)
        printf("classify(%d) = %d\n", codes[i], classify(codes[i]));
    for (int n = 0; n <= 9; n++) printf("hops(%d) = %d\n", n, hops(n));
    for (int c = 8; c <= 30; c++) printf("mixed(%d) = %d\n", c, mixed(c));
    return 0;
}
