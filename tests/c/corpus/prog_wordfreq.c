/* program: word frequency counter over stdin using a chained hash table and qsort (count desc, word asc) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

#define NBUCKETS 211
#define MAXWORD 32

struct entry { char word[MAXWORD]; int count; struct entry *next; };

static struct entry *table[NBUCKETS];
static int distinct = 0;

static uint32_t hash(const char *s) {
    uint32_t h = 5381;
    while (*s) h = h * 33u + (unsigned char)*s++;
    return h % NBUCKETS;
}

static void add(const char *w) {
    uint32_t h = hash(w);
    for (struct entry *e = table[h]; e; e = e->next)
        if (strcmp(e->word, w) == 0) { e->count++; return; }
    struct entry *e = malloc(sizeof *e);
    strcpy(e->word, w);
    e->count = 1;
    e->next = table[h];
    table[h] = e;
    distinct++;
}

static int cmp(const void *a, const void *b) {
    const struct entry *x = *(const struct entry *const *)a, *y = *(const struct entry *const *)b;
    if (x->count != y->count) return y->count - x->count;
    return strcmp(x->word, y->word);
}

int main(void) {
    char w[MAXWORD];
    int len = 0, c, total = 0;
    while ((c = getchar()) != EOF) {
        if (isalpha(c) || (c == '\'' && len > 0)) {
            if (len < MAXWORD - 1) w[len++] = (char)tolower(c);
        } else if (len > 0) {
            w[len] = 0; add(w); total++; len = 0;
        }
    }
    if (len > 0) { w[len] = 0; add(w); total++; }
    struct entry **all = malloc((size_t)distinct * sizeof *all);
    int n = 0, longest_chain = 0;
    for (int i = 0; i < NBUCKETS; i++) {
        int chain = 0;
        for (struct entry *e = table[i]; e; e = e->next) { all[n++] = e; chain++; }
        if (chain > longest_chain) longest_chain = chain;
    }
    qsort(all, (size_t)n, sizeof *all, cmp);
    printf("total words: %d, distinct: %d, longest chain: %d\n", total, distinct, longest_chain);
    for (int i = 0; i < n && i < 30; i++) printf("%4d  %s\n", all[i]->count, all[i]->word);
    int singles = 0;
    for (int i = 0; i < n; i++) singles += all[i]->count == 1;
    printf("words seen once: %d\n", singles);
    free(all);
    for (int i = 0; i < NBUCKETS; i++) {
        struct entry *e = table[i];
        while (e) { struct entry *nx = e->next; free(e); e = nx; }
    }
    return 0;
}
