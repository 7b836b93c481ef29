/* exit status computed as a checksum of program state (tests status propagation of a computed value) */
#include <stdio.h>

struct item { const char *name; int qty; unsigned price; };

int main(void) {
    struct item inv[] = { { "bolt", 120, 15 }, { "nut", 300, 4 }, { "gear", 7, 950 }, { "spring", 42, 33 } };
    unsigned long total = 0;
    unsigned char check = 0;
    unsigned i;
    for (i = 0; i < sizeof inv / sizeof inv[0]; i++) {
        unsigned long line = (unsigned long)inv[i].qty * inv[i].price;
        total += line;
        const char *p;
        for (p = inv[i].name; *p; p++) check = (unsigned char)(check * 31 + (unsigned char)*p);
        printf("%-7s %4d x %4u = %6lu\n", inv[i].name, inv[i].qty, inv[i].price, line);
    }
    check ^= (unsigned char)total;
    printf("total %lu check %u\n", total, check);
    return check;
}
