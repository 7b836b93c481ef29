/* stdlib.h: bsearch on sorted ints and strings, found and not-found, first/last elements, empty array */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_key_str(const void *key, const void *elem) { return strcmp((const char *)key, *(const char *const *)elem); }

int main(void) {
    int a[50];
    for (int i = 0; i < 50; i++) a[i] = i * 3 + 1;
    int keys[] = {1, 4, 148, 147, 0, 150, 73, 74, 100};
    for (int i = 0; i < 9; i++) {
        int *p = bsearch(&keys[i], a, 50, sizeof a[0], cmp_int);
        if (p) printf("key %d found at index %td\n", keys[i], p - a);
        else printf("key %d not found\n", keys[i]);
    }
    int k = 5;
    printf("empty: %s\n", bsearch(&k, a, 0, sizeof a[0], cmp_int) ? "found" : "null");
    printf("single hit: %s\n", bsearch(&k, (int[]){5}, 1, sizeof(int), cmp_int) ? "found" : "null");
    const char *names[] = {"apple", "banana", "cherry", "date", "elder", "fig", "grape"};
    const char *q[] = {"apple", "grape", "dat", "date", "zzz", ""};
    for (int i = 0; i < 6; i++) {
        const char **p = bsearch(q[i], names, 7, sizeof names[0], cmp_key_str);
        printf("\"%s\" -> %s\n", q[i], p ? *p : "(none)");
    }
    int hits = 0;
    for (int v = -5; v < 160; v++)
        if (bsearch(&v, a, 50, sizeof a[0], cmp_int)) hits++;
    printf("hits=%d\n", hits);
    return 0;
}
