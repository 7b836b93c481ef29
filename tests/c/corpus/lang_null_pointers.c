/* null pointer constants in their various forms, comparisons with NULL, null function pointers, conditional on pointers */
#include <stdio.h>
#include <stddef.h>

struct node { int v; struct node *next; };

static int count(const struct node *n) { int c = 0; while (n != NULL) { c++; n = n->next; } return c; }
static const char *safe(const char *s) { return s ? s : "(null)"; }

int main(void) {
    int *a = 0;
    int *b = NULL;
    int *c = (void *)0;
    char *d = 0L;
    void (*fp)(void) = 0;
    printf("a==b %d b==c %d a==NULL %d d==0 %d fp==0 %d\n", a == b, b == c, a == NULL, d == 0, fp == 0);
    printf("!a %d, a ? 1 : 2 = %d\n", !a, a ? 1 : 2);
    int x = 5;
    a = &x;
    printf("a != NULL %d, a == 0 %d, !!a %d\n", a != NULL, a == 0, !!a);
    if (a && *a == 5) printf("deref guarded ok\n");
    struct node n3 = { 3, NULL }, n2 = { 2, &n3 }, n1 = { 1, &n2 };
    printf("count %d %d %d\n", count(&n1), count(&n3), count(NULL));
    const char *names[] = { "x", NULL, "z" };
    int i;
    for (i = 0; i < 3; i++) printf("%s ", safe(names[i]));
    printf("\n");
    printf("NULL == (void*)0: %d, sizeof(NULL) = %zu\n", NULL == (void *)0, sizeof(NULL));
    int *p = NULL;
    p = p ? p : &x;
    printf("*p = %d\n", *p);
    void *vp = NULL;
    struct node *sp = vp;
    printf("sp null %d\n", sp == NULL);
    return 0;
}
