/* stdlib.h: qsort on ints (asc/desc), doubles, strings via strcmp wrapper, and structs by several keys */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_dbl(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

struct person { char name[12]; int age; double score; };
static int cmp_person(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    if (p->age != q->age) return p->age < q->age ? -1 : 1;
    if (p->score != q->score) return p->score > q->score ? -1 : 1; /* higher score first */
    return strcmp(p->name, q->name);
}

int main(void) {
    int a[40];
    uint32_t s = 12345;
    for (int i = 0; i < 40; i++) { s = s * 1664525u + 1013904223u; a[i] = (int)(s >> 20) - 2048; }
    a[5] = a[6] = a[7];
    qsort(a, 40, sizeof a[0], cmp_int);
    for (int i = 0; i < 40; i++) printf("%d%c", a[i], i % 10 == 9 ? '\n' : ' ');
    qsort(a, 40, sizeof a[0], cmp_int_desc);
    for (int i = 0; i < 40; i++) printf("%d%c", a[i], i % 10 == 9 ? '\n' : ' ');
    int one[1] = {5};
    qsort(one, 1, sizeof one[0], cmp_int);
    qsort(one, 0, sizeof one[0], cmp_int);
    printf("single: %d\n", one[0]);
    double d[] = {3.5, -1.25, 0.0, 1e10, -1e-10, 2.5, 2.5, 100.0};
    qsort(d, 8, sizeof d[0], cmp_dbl);
    for (int i = 0; i < 8; i++) printf("%g ", d[i]);
    printf("\n");
    const char *words[] = {"delta", "alpha", "Charlie", "bravo", "echo", "alpha2", "Alpha", "", "zulu", "mike"};
    qsort(words, 10, sizeof words[0], cmp_str);
    for (int i = 0; i < 10; i++) printf("[%s]", words[i]);
    printf("\n");
    struct person ps[] = {{"ann", 30, 88.5}, {"bob", 25, 70.0}, {"cid", 30, 92.0}, {"dee", 25, 70.0},
                          {"eve", 41, 50.0}, {"fay", 30, 88.5}, {"gus", 19, 99.9}, {"abe", 25, 70.0}};
    qsort(ps, 8, sizeof ps[0], cmp_person);
    for (int i = 0; i < 8; i++) printf("%s %d %.1f\n", ps[i].name, ps[i].age, ps[i].score);
    static int big[5000];
    for (int i = 0; i < 5000; i++) { s = s * 1664525u + 1013904223u; big[i] = (int)(s % 100000u); }
    qsort(big, 5000, sizeof big[0], cmp_int);
    int sorted = 1;
    for (int i = 1; i < 5000; i++) sorted &= big[i - 1] <= big[i];
    printf("big sorted=%d min=%d median=%d max=%d\n", sorted, big[0], big[2500], big[4999]);
    return 0;
}
