/* Two optimisations that must not change what a program does: a pointer
   already dereferenced is known not to be null (its `if (p)` is dropped, but
   only while p still holds that value), and `return CONSTANT;` is one
   instruction (the constant keeps its type's value in the caller). */
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

struct node { struct node *next; int v; };

static int sum_and_count(struct node *p, int *count) {
    int s = 0;
    *count = 0;
    while (p) {                 /* p is reassigned below: tested each time */
        s += p->v;
        p = p->next;
        if (p) (*count)++;      /* the new p, not the one dereferenced */
    }
    return s;
}

static void release(struct node *n) {
    if (n->next) release(n->next);
    if (n) free(n);             /* n was dereferenced: never null here */
}

static int first_or(struct node *p, int dflt) {
    int v = p ? p->v : dflt;    /* tested before any dereference */
    if (p && p->v > 100) return 1;
    return v;
}

static signed char neg_char(int x) { if (x) return -1; return 'a'; }
static unsigned umax(int x) { if (x) return 0xffffffffu; return 7u; }
static long lmin(int x) { if (x) return LONG_MIN; return -2; }
static unsigned short ushort_of(int x) { if (x) return 65535; return 0; }
static _Bool truth(int x) { if (x > 3) return 1; return 0; }
static void *nothing(int x) { if (x) return 0; return &x == 0 ? (void *)1 : 0; }
static unsigned long long big(void) { return 18446744073709551615ull; }

int main(int argc, char **argv) {
    (void)argv;
    struct node *head = 0;
    for (int i = 1; i <= 5; i++) {
        struct node *n = malloc(sizeof *n);
        n->v = i * 10;
        n->next = head;
        head = n;
    }
    int count;
    int sum = sum_and_count(head, &count);
    printf("sum %d count %d\n", sum, count);
    printf("first %d %d %d\n", first_or(head, -5), first_or(0, -5), first_or(head->next, 0));
    struct node *p = head;
    int seen = 0;
    for (;;) {
        seen += p->v;           /* dereferenced ... */
        p = p->next;            /* ... but replaced */
        if (!p) break;
    }
    printf("seen %d\n", seen);
    release(head);
    int on = argc > 0, off = argc < 0;
    printf("%d %d %u %u %ld %ld %u %u %d %d %p %llu\n", neg_char(on), neg_char(off), umax(on), umax(off),
           lmin(on), lmin(off), ushort_of(on), ushort_of(off), truth(argc + 5), truth(argc), nothing(on),
           big());
    int r = neg_char(on);
    return r < 0 ? 3 : 4;
}
