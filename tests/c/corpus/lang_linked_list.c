/* self-referential structs: singly linked list with malloc, insertion sort, reversal, free */
#include <stdio.h>
#include <stdlib.h>

struct node { int value; struct node *next; };

static struct node *cons(int v, struct node *next) {
    struct node *n = malloc(sizeof *n);
    n->value = v;
    n->next = next;
    return n;
}

static struct node *insert_sorted(struct node *head, int v) {
    struct node **pp = &head;
    while (*pp && (*pp)->value < v) pp = &(*pp)->next;
    *pp = cons(v, *pp);
    return head;
}

static struct node *reverse(struct node *h) {
    struct node *prev = NULL;
    while (h) { struct node *n = h->next; h->next = prev; prev = h; h = n; }
    return prev;
}

static void print(const char *label, const struct node *h) {
    printf("%s:", label);
    for (; h; h = h->next) printf(" %d", h->value);
    printf("\n");
}

static int length(const struct node *h) { return h ? 1 + length(h->next) : 0; }

static void free_list(struct node *h) { while (h) { struct node *n = h->next; free(h); h = n; } }

int main(void) {
    struct node *list = NULL;
    int vals[] = { 42, 7, 19, 3, 88, 7, -5, 61, 0 };
    unsigned i;
    for (i = 0; i < sizeof vals / sizeof vals[0]; i++) list = insert_sorted(list, vals[i]);
    print("sorted", list);
    printf("length %d\n", length(list));
    list = reverse(list);
    print("reversed", list);
    /* remove all even values */
    struct node **pp = &list;
    while (*pp) {
        if ((*pp)->value % 2 == 0) { struct node *dead = *pp; *pp = dead->next; free(dead); }
        else pp = &(*pp)->next;
    }
    print("odd only", list);
    /* circular detection with two pointers on a temporarily circular list */
    struct node *tail = list;
    while (tail->next) tail = tail->next;
    tail->next = list->next;
    struct node *slow = list, *fast = list;
    int steps = 0;
    do { slow = slow->next; fast = fast->next->next; steps++; } while (slow != fast);
    printf("cycle detected after %d steps\n", steps);
    tail->next = NULL;
    free_list(list);
    return 0;
}
