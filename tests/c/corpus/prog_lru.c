/* program: LRU cache (hash index + doubly linked list) replaying a generated access trace, with hit ratios per capacity */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

struct entry { int key; long value; struct entry *prev, *next, *hnext; };
struct lru { int cap, size; struct entry *head, *tail; struct entry *buckets[256]; long hits, misses, evictions; };

static void unlink_(struct lru *c, struct entry *e) {
    if (e->prev) e->prev->next = e->next; else c->head = e->next;
    if (e->next) e->next->prev = e->prev; else c->tail = e->prev;
}
static void push_front(struct lru *c, struct entry *e) {
    e->prev = NULL; e->next = c->head;
    if (c->head) c->head->prev = e; else c->tail = e;
    c->head = e;
}
static struct entry **slot(struct lru *c, int key) {
    struct entry **p = &c->buckets[(unsigned)key & 255u];
    while (*p && (*p)->key != key) p = &(*p)->hnext;
    return p;
}
static long get(struct lru *c, int key) {
    struct entry **p = slot(c, key);
    if (*p) { c->hits++; unlink_(c, *p); push_front(c, *p); return (*p)->value; }
    c->misses++;
    long value = (long)key * key;
    if (c->size == c->cap) {
        struct entry *victim = c->tail;
        unlink_(c, victim);
        *slot(c, victim->key) = victim->hnext;
        free(victim);
        c->size--;
        c->evictions++;
        p = slot(c, key);
    }
    struct entry *e = malloc(sizeof *e);
    e->key = key; e->value = value; e->hnext = NULL;
    *p = e;
    push_front(c, e);
    c->size++;
    return value;
}
static void clear(struct lru *c) { struct entry *e = c->head; while (e) { struct entry *n = e->next; free(e); e = n; } }

int main(void) {
    static int trace[20000];
    uint32_t s = 11;
    for (int i = 0; i < 20000; i++) {
        s = s * 1664525u + 1013904223u;
        uint32_t r = s >> 8;
        if (r % 10 < 7) trace[i] = (int)(r % 50);       /* hot set */
        else if (r % 10 < 9) trace[i] = (int)(r % 500); /* warm set */
        else trace[i] = (int)(r % 100000);             /* cold */
    }
    int caps[] = {1, 10, 50, 100, 400, 1000};
    for (int k = 0; k < 6; k++) {
        struct lru c = {0};
        c.cap = caps[k];
        long check = 0;
        for (int i = 0; i < 20000; i++) check += get(&c, trace[i]) % 1000;
        printf("cap %4d: hits %5ld misses %5ld evictions %5ld hit ratio %.4f check %ld\n", c.cap, c.hits, c.misses, c.evictions,
               (double)c.hits / 20000, check);
        if (k == 1) {
            printf("  MRU order:");
            for (struct entry *e = c.head; e; e = e->next) printf(" %d", e->key);
            printf("\n");
        }
        clear(&c);
    }
    return 0;
}
