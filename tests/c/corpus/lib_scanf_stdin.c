/* stdio: scanf from stdin reading a header then records of word/int/double, checking return counts and EOF */
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) { printf("no header\n"); return 1; }
    printf("expecting %d records\n", n);
    char name[32];
    int qty;
    double price;
    double total = 0;
    int got = 0, r;
    while ((r = scanf("%31s %d %lf", name, &qty, &price)) == 3) {
        printf("%-10s %4d x %8.2f = %10.2f\n", name, qty, price, qty * price);
        total += qty * price;
        got++;
    }
    printf("last scanf returned %d\n", r);
    char rest[32];
    if (r != EOF && scanf("%31s", rest) == 1) printf("unparsed token: %s\n", rest);
    printf("records %d of %d, total %.2f\n", got, n, total);
    return got == n ? 0 : 4;
}
