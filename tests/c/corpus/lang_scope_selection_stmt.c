/* A selection or iteration statement is a block, and so are its
   substatements (C99 6.8.4p3, 6.8.5p5): tags and enumerators declared in a
   controlling expression end with the statement */
#include <stdio.h>

enum { in = 0 };
struct T { int a; };

int main(void) {
    if (sizeof(enum { in = 1 }))
        printf("if: %d\n", in);
    printf("after if: %d\n", in);
    int n = 0;
    while (n < (int)sizeof(enum { in = 2 }) && n < 1) {
        printf("while: %d\n", in);
        n++;
    }
    printf("after while: %d\n", in);
    switch (sizeof(struct T { char c[8]; })) {
    case 8:
        printf("switch: %zu\n", sizeof(struct T));
        break;
    }
    printf("after switch: %zu\n", sizeof(struct T));
    do
        printf("do: %d\n", (int)sizeof(enum { in = 3, out }) + in);
    while (0);
    printf("after do: %d\n", in);
    for (int e = 0; e < 1; e++)
        if (sizeof(enum { in = 4 }))
            printf("for: %d\n", in);
    printf("end: %d\n", in);
    return 0;
}
