/* A C program run by voxvm: `voxvm examples/hello.c [name]`.
 * Compiled in memory by voxcc, verified, then run in the sandbox. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct word {
    const char *text;
    int count;
};

static int by_count(const void *a, const void *b) {
    const struct word *x = a, *y = b;
    if (x->count != y->count) return y->count - x->count;
    return strcmp(x->text, y->text);
}

int main(int argc, char **argv) {
    const char *who = argc > 1 ? argv[1] : "world";
    printf("hello, %s!\n", who);

    struct word words[] = {{"sandbox", 3}, {"fast", 2}, {"c", 5}, {"embeddable", 2}};
    size_t n = sizeof words / sizeof words[0];
    qsort(words, n, sizeof words[0], by_count);
    for (size_t i = 0; i < n; i++) printf("%-10s %d\n", words[i].text, words[i].count);

    double sum = 0;
    for (int i = 1; i <= 1000000; i++) sum += 1.0 / ((double)i * i);
    printf("sum 1/n^2 = %.9f (pi^2/6 = %.9f)\n", sum, 3.14159265358979323846 * 3.14159265358979323846 / 6);
    return 0;
}
