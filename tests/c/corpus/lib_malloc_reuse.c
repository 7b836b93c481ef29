/* malloc/free/realloc churn across the sizes the allocator keeps on quick
 * lists (up to 256 bytes) and beyond: every live block keeps its own pattern
 * while others are freed and reused, blocks freed in any order come back,
 * large requests after many small frees still succeed (the small blocks are
 * merged), and realloc keeps contents across size classes. Nothing printed
 * depends on addresses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 512

static unsigned rng = 12345;
static unsigned next(void) {
    rng = rng * 1103515245u + 12345u;
    return (rng >> 16) & 0x7fff;
}

static unsigned char *slot[SLOTS];
static size_t len[SLOTS];
static unsigned char pat[SLOTS];

static int check(int i) {
    for (size_t k = 0; k < len[i]; k++)
        if (slot[i][k] != pat[i]) return 0;
    return 1;
}

static size_t pick_size(void) {
    unsigned r = next();
    if (r % 10 < 7) return r % 257;          /* quick-list sizes, 0 included */
    if (r % 10 < 9) return 257 + r % 2000;   /* first fit */
    return 20000 + r % 50000;                 /* large */
}

int main(void) {
    long bad = 0, allocs = 0, frees = 0, reallocs = 0;
    for (int round = 0; round < 40000; round++) {
        int i = next() % SLOTS;
        unsigned op = next() % 8;
        if (!slot[i]) {
            len[i] = pick_size();
            slot[i] = malloc(len[i] ? len[i] : 1);
            if (!slot[i]) { printf("malloc failed\n"); return 1; }
            pat[i] = (unsigned char)(round * 7 + 1);
            memset(slot[i], pat[i], len[i]);
            allocs++;
        } else if (op < 5) {
            bad += !check(i);
            free(slot[i]);
            slot[i] = 0;
            frees++;
        } else {
            bad += !check(i);
            size_t n = pick_size();
            unsigned char *p = realloc(slot[i], n ? n : 1);
            if (!p) { printf("realloc failed\n"); return 1; }
            size_t keep = n < len[i] ? n : len[i];
            for (size_t k = 0; k < keep; k++) bad += p[k] != pat[i];
            slot[i] = p;
            len[i] = n;
            memset(p, pat[i], n);
            reallocs++;
        }
        if (round % 4096 == 0)
            for (int j = 0; j < SLOTS; j++)
                if (slot[j]) bad += !check(j);
    }
    for (int j = 0; j < SLOTS; j++)
        if (slot[j]) { bad += !check(j); free(slot[j]); slot[j] = 0; }
    /* Many small frees, then requests only merged space can serve. */
    void *small[4000];
    for (int k = 0; k < 4000; k++) small[k] = malloc(16 + k % 48);
    for (int k = 0; k < 4000; k += 2) free(small[k]);
    for (int k = 1; k < 4000; k += 2) free(small[k]);
    char *big = malloc(150000);
    if (!big) { printf("big malloc failed\n"); return 1; }
    memset(big, 'z', 150000);
    for (int k = 0; k < 150000; k++) bad += big[k] != 'z';
    free(big);
    /* LIFO-sized reuse: a linked list built, freed and rebuilt. */
    struct node { struct node *next; int v; } *head = 0;
    long sum = 0;
    for (int pass = 0; pass < 3; pass++) {
        for (int k = 0; k < 10000; k++) {
            struct node *n = malloc(sizeof *n);
            n->next = head;
            n->v = k + pass;
            head = n;
        }
        while (head) {
            struct node *n = head;
            sum += n->v;
            head = n->next;
            free(n);
        }
    }
    printf("allocs %ld frees %ld reallocs %ld\n", allocs, frees, reallocs);
    printf("list sum %ld\n", sum);
    printf("corrupted %ld\n", bad);
    return bad != 0;
}
