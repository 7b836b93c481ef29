/* program: fixed-size block memory pool with an intrusive free list, used by a linked list workload */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

struct node { int value; struct node *next; };

union block { union block *next_free; struct node node; };

struct pool {
    union block *blocks;
    union block *free_list;
    int capacity, in_use, peak, allocs, frees;
};

static int pool_init(struct pool *p, int cap) {
    p->blocks = malloc((size_t)cap * sizeof *p->blocks);
    if (!p->blocks) return 0;
    p->capacity = cap;
    p->in_use = p->peak = p->allocs = p->frees = 0;
    p->free_list = NULL;
    for (int i = cap - 1; i >= 0; i--) { p->blocks[i].next_free = p->free_list; p->free_list = &p->blocks[i]; }
    return 1;
}
static struct node *pool_alloc(struct pool *p) {
    if (!p->free_list) return NULL;
    union block *b = p->free_list;
    p->free_list = b->next_free;
    p->in_use++;
    p->allocs++;
    if (p->in_use > p->peak) p->peak = p->in_use;
    return &b->node;
}
static void pool_free(struct pool *p, struct node *n) {
    union block *b = (union block *)n;
    b->next_free = p->free_list;
    p->free_list = b;
    p->in_use--;
    p->frees++;
}
static int block_index(struct pool *p, struct node *n) { return (int)((union block *)n - p->blocks); }

int main(void) {
    struct pool pool;
    if (!pool_init(&pool, 64)) return 1;
    struct node *head = NULL;
    uint32_t s = 5;
    /* push 50 values sorted */
    for (int i = 0; i < 50; i++) {
        s = s * 1103515245u + 12345u;
        struct node *n = pool_alloc(&pool);
        n->value = (int)((s >> 16) % 1000);
        struct node **pp = &head;
        while (*pp && (*pp)->value <= n->value) pp = &(*pp)->next;
        n->next = *pp;
        *pp = n;
    }
    printf("sorted list:");
    for (struct node *n = head; n; n = n->next) printf(" %d", n->value);
    printf("\n");
    /* remove odd values */
    for (struct node **pp = &head; *pp;) {
        if ((*pp)->value % 2) { struct node *dead = *pp; *pp = dead->next; pool_free(&pool, dead); }
        else pp = &(*pp)->next;
    }
    printf("evens:");
    int count = 0;
    for (struct node *n = head; n; n = n->next) { printf(" %d", n->value); count++; }
    printf("\ncount=%d in_use=%d\n", count, pool.in_use);
    /* allocate until exhausted; freed blocks are reused LIFO */
    struct node *extra[64];
    int got = 0;
    while ((extra[got] = pool_alloc(&pool)) != NULL) { extra[got]->value = got; extra[got]->next = NULL; got++; }
    printf("extra allocations until full: %d, first reused block index %d\n", got, block_index(&pool, extra[0]));
    for (int i = 0; i < got; i++) pool_free(&pool, extra[i]);
    /* reverse the list in place */
    struct node *prev = NULL;
    while (head) { struct node *nx = head->next; head->next = prev; prev = head; head = nx; }
    head = prev;
    printf("reversed:");
    for (struct node *n = head; n; n = n->next) printf(" %d", n->value);
    printf("\n");
    while (head) { struct node *nx = head->next; pool_free(&pool, head); head = nx; }
    printf("allocs=%d frees=%d peak=%d in_use=%d\n", pool.allocs, pool.frees, pool.peak, pool.in_use);
    free(pool.blocks);
    return 0;
}
