/* pointers to pointers: modifying a caller's pointer, arrays of strings, triple indirection */
#include <stdio.h>
#include <stddef.h>

static void advance(const char **pp, int n) { *pp += n; }
static void set_to(int **pp, int *target) { *pp = target; }

struct node { int v; struct node *next; };

static void push_front(struct node **head, struct node *n) { n->next = *head; *head = n; }
static void remove_value(struct node **pp, int v) {
    while (*pp) {
        if ((*pp)->v == v) { *pp = (*pp)->next; return; }
        pp = &(*pp)->next;
    }
}

int main(void) {
    const char *s = "abcdefgh";
    advance(&s, 3);
    printf("after advance: %s\n", s);
    int a = 1, b = 2;
    int *p = &a;
    set_to(&p, &b);
    printf("*p = %d\n", *p);
    int **pp = &p;
    int ***ppp = &pp;
    ***ppp = 99;
    printf("b = %d\n", b);
    **pp += 1;
    printf("b = %d\n", b);
    const char *words[] = { "alpha", "beta", "gamma", "delta", NULL };
    const char **w;
    for (w = words; *w; w++) printf("%s(%c) ", *w, **w);
    printf("\n");
    printf("words[2][3] = %c, *(*(words + 3) + 1) = %c\n", words[2][3], *(*(words + 3) + 1));
    struct node n[5];
    struct node *head = NULL;
    int i;
    for (i = 0; i < 5; i++) { n[i].v = i * 10; push_front(&head, &n[i]); }
    remove_value(&head, 20);
    remove_value(&head, 40);
    remove_value(&head, 0);
    remove_value(&head, 77);
    struct node *it;
    for (it = head; it; it = it->next) printf("%d ", it->v);
    printf("\n");
    /* pointer to pointer used as 2D jagged array */
    int r0[] = { 1 }, r1[] = { 2, 3 }, r2[] = { 4, 5, 6 };
    int *rows[] = { r0, r1, r2 };
    int **jag = rows;
    int sum = 0, j;
    for (i = 0; i < 3; i++) for (j = 0; j <= i; j++) sum += jag[i][j];
    printf("jagged sum = %d\n", sum);
    return 0;
}
