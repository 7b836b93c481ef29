/* <sys/queue.h>: every macro of every family (SLIST, LIST, STAILQ,
   SIMPLEQ, TAILQ, CIRCLEQ), checked by walking the lists both ways after
   each kind of change. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/queue.h>

struct snode {
    int v;
    SLIST_ENTRY(snode) link;
};
SLIST_HEAD(shead, snode);

struct lnode {
    int v;
    LIST_ENTRY(lnode) link;
};
LIST_HEAD(lhead, lnode);

struct stnode {
    int v;
    STAILQ_ENTRY(stnode) link;
};
STAILQ_HEAD(sthead, stnode);

struct sqnode {
    int v;
    SIMPLEQ_ENTRY(sqnode) link;
};
SIMPLEQ_HEAD(sqhead, sqnode);

/* Two entries: an element on two tail queues at once. */
struct tnode {
    int v;
    TAILQ_ENTRY(tnode) link;
    TAILQ_ENTRY(tnode) other;
};
TAILQ_HEAD(thead, tnode);

struct cnode {
    int v;
    CIRCLEQ_ENTRY(cnode) link;
};
CIRCLEQ_HEAD(chead, cnode);

static void slist(void) {
    struct shead h = SLIST_HEAD_INITIALIZER(h);
    struct snode n[6], *p;
    for (int i = 0; i < 6; i++) n[i].v = i;
    printf("slist empty %d first %p\n", SLIST_EMPTY(&h), (void *)SLIST_FIRST(&h));
    SLIST_INIT(&h);
    SLIST_INSERT_HEAD(&h, &n[0], link);
    SLIST_INSERT_HEAD(&h, &n[1], link);
    SLIST_INSERT_AFTER(&n[1], &n[2], link);
    SLIST_INSERT_AFTER(&n[0], &n[3], link);
    SLIST_INSERT_HEAD(&h, &n[4], link);
    printf("slist:");
    SLIST_FOREACH(p, &h, link) printf(" %d", p->v);
    printf(" | empty %d first %d next %d\n", SLIST_EMPTY(&h), SLIST_FIRST(&h)->v,
           SLIST_NEXT(SLIST_FIRST(&h), link)->v);
    SLIST_REMOVE(&h, &n[2], snode, link);
    SLIST_REMOVE(&h, &n[3], snode, link); /* the last one */
    SLIST_REMOVE(&h, &n[4], snode, link); /* the first one */
    printf("slist removed:");
    SLIST_FOREACH(p, &h, link) printf(" %d", p->v);
    SLIST_REMOVE_HEAD(&h, link);
    printf(" | after remove head:");
    SLIST_FOREACH(p, &h, link) printf(" %d", p->v);
    SLIST_REMOVE_HEAD(&h, link);
    printf(" | empty %d\n", SLIST_EMPTY(&h));
    /* Build a stack and pop it. */
    for (int i = 0; i < 6; i++) SLIST_INSERT_HEAD(&h, &n[i], link);
    printf("slist pop:");
    while (!SLIST_EMPTY(&h)) {
        p = SLIST_FIRST(&h);
        SLIST_REMOVE_HEAD(&h, link);
        printf(" %d", p->v);
    }
    printf("\n");
}

static void list_print(const char *what, struct lhead *h) {
    struct lnode *p;
    printf("%s:", what);
    LIST_FOREACH(p, h, link) {
        printf(" %d", p->v);
        /* le_prev points at the link that points at p. */
        if (*p->link.le_prev != p) printf("(bad prev)");
    }
    printf("\n");
}

static void list(void) {
    struct lhead h = LIST_HEAD_INITIALIZER(h);
    struct lnode n[6];
    for (int i = 0; i < 6; i++) n[i].v = i;
    printf("list empty %d\n", LIST_EMPTY(&h));
    LIST_INIT(&h);
    LIST_INSERT_HEAD(&h, &n[0], link);
    LIST_INSERT_HEAD(&h, &n[1], link);
    LIST_INSERT_AFTER(&n[0], &n[2], link);
    LIST_INSERT_AFTER(&n[1], &n[3], link);
    LIST_INSERT_BEFORE(&n[1], &n[4], link);
    LIST_INSERT_BEFORE(&n[2], &n[5], link);
    list_print("list", &h);
    printf("list first %d next %d empty %d\n", LIST_FIRST(&h)->v,
           LIST_NEXT(LIST_FIRST(&h), link)->v, LIST_EMPTY(&h));
    LIST_REMOVE(&n[4], link);
    list_print("list -4 (head)", &h);
    LIST_REMOVE(&n[2], link);
    list_print("list -2 (tail)", &h);
    LIST_REMOVE(&n[3], link);
    list_print("list -3 (middle)", &h);
    LIST_REMOVE(&n[1], link);
    LIST_REMOVE(&n[0], link);
    LIST_REMOVE(&n[5], link);
    printf("list empty %d\n", LIST_EMPTY(&h));
}

static void stailq(void) {
    struct sthead h = STAILQ_HEAD_INITIALIZER(h), h2;
    struct stnode n[8], *p;
    for (int i = 0; i < 8; i++) n[i].v = i;
    STAILQ_INSERT_TAIL(&h, &n[0], link); /* works on the initializer alone */
    STAILQ_INIT(&h);
    printf("stailq empty %d\n", STAILQ_EMPTY(&h));
    STAILQ_INSERT_TAIL(&h, &n[0], link);
    STAILQ_INSERT_TAIL(&h, &n[1], link);
    STAILQ_INSERT_HEAD(&h, &n[2], link);
    STAILQ_INSERT_AFTER(&h, &n[1], &n[3], link); /* new tail */
    STAILQ_INSERT_AFTER(&h, &n[2], &n[4], link);
    STAILQ_INSERT_TAIL(&h, &n[5], link);
    printf("stailq:");
    STAILQ_FOREACH(p, &h, link) printf(" %d", p->v);
    printf(" | first %d next %d\n", STAILQ_FIRST(&h)->v, STAILQ_NEXT(STAILQ_FIRST(&h), link)->v);
    STAILQ_REMOVE(&h, &n[5], stnode, link); /* the tail: the tail pointer moves back */
    STAILQ_INSERT_TAIL(&h, &n[6], link);
    STAILQ_REMOVE(&h, &n[1], stnode, link);
    STAILQ_REMOVE(&h, &n[2], stnode, link);
    STAILQ_REMOVE_HEAD(&h, link);
    printf("stailq removed:");
    STAILQ_FOREACH(p, &h, link) printf(" %d", p->v);
    printf("\n");
    STAILQ_INIT(&h2);
    STAILQ_CONCAT(&h, &h2); /* an empty second list changes nothing */
    STAILQ_INSERT_TAIL(&h2, &n[7], link);
    STAILQ_INSERT_TAIL(&h2, &n[5], link);
    STAILQ_CONCAT(&h, &h2);
    STAILQ_INSERT_TAIL(&h, &n[1], link);
    printf("stailq concat:");
    STAILQ_FOREACH(p, &h, link) printf(" %d", p->v);
    printf(" | h2 empty %d\n", STAILQ_EMPTY(&h2));
    /* Drain as a queue. */
    printf("stailq drain:");
    while (!STAILQ_EMPTY(&h)) {
        p = STAILQ_FIRST(&h);
        STAILQ_REMOVE_HEAD(&h, link);
        printf(" %d", p->v);
    }
    STAILQ_INSERT_TAIL(&h, &n[0], link);
    printf(" | reuse: %d\n", STAILQ_FIRST(&h)->v);
}

static void simpleq(void) {
    struct sqhead h = SIMPLEQ_HEAD_INITIALIZER(h);
    struct sqnode n[6], *p;
    for (int i = 0; i < 6; i++) n[i].v = i;
    printf("simpleq empty %d\n", SIMPLEQ_EMPTY(&h));
    SIMPLEQ_INIT(&h);
    SIMPLEQ_INSERT_TAIL(&h, &n[0], link);
    SIMPLEQ_INSERT_HEAD(&h, &n[1], link);
    SIMPLEQ_INSERT_AFTER(&h, &n[0], &n[2], link);
    SIMPLEQ_INSERT_AFTER(&h, &n[1], &n[3], link);
    SIMPLEQ_INSERT_TAIL(&h, &n[4], link);
    printf("simpleq:");
    SIMPLEQ_FOREACH(p, &h, link) printf(" %d", p->v);
    printf(" | first %d next %d\n", SIMPLEQ_FIRST(&h)->v,
           SIMPLEQ_NEXT(SIMPLEQ_FIRST(&h), link)->v);
    SIMPLEQ_REMOVE(&h, &n[4], sqnode, link);
    SIMPLEQ_INSERT_TAIL(&h, &n[5], link);
    SIMPLEQ_REMOVE(&h, &n[0], sqnode, link);
    SIMPLEQ_REMOVE_HEAD(&h, link);
    printf("simpleq removed:");
    SIMPLEQ_FOREACH(p, &h, link) printf(" %d", p->v);
    SIMPLEQ_REMOVE(&h, &n[3], sqnode, link);
    SIMPLEQ_REMOVE(&h, &n[2], sqnode, link);
    SIMPLEQ_REMOVE(&h, &n[5], sqnode, link);
    printf(" | empty %d\n", SIMPLEQ_EMPTY(&h));
}

static void tailq_print(const char *what, struct thead *h) {
    struct tnode *p;
    printf("%s:", what);
    TAILQ_FOREACH(p, h, link) printf(" %d", p->v);
    printf(" | reverse:");
    TAILQ_FOREACH_REVERSE(p, h, thead, link) printf(" %d", p->v);
    if (!TAILQ_EMPTY(h))
        printf(" | first %d last %d", TAILQ_FIRST(h)->v, TAILQ_LAST(h, thead)->v);
    printf("\n");
}

static void tailq(void) {
    struct thead h = TAILQ_HEAD_INITIALIZER(h), h2, both;
    struct tnode n[10], *p;
    for (int i = 0; i < 10; i++) n[i].v = i;
    tailq_print("tailq initializer", &h);
    TAILQ_INIT(&h);
    TAILQ_INIT(&both);
    TAILQ_INSERT_TAIL(&h, &n[0], link);
    tailq_print("tailq one", &h);
    TAILQ_INSERT_HEAD(&h, &n[1], link);
    TAILQ_INSERT_TAIL(&h, &n[2], link);
    TAILQ_INSERT_AFTER(&h, &n[2], &n[3], link); /* new tail */
    TAILQ_INSERT_AFTER(&h, &n[1], &n[4], link);
    TAILQ_INSERT_BEFORE(&n[1], &n[5], link); /* new head */
    TAILQ_INSERT_BEFORE(&n[3], &n[6], link);
    tailq_print("tailq", &h);
    printf("tailq next of 1: %d, prev of 1: %d, prev of head: %p\n", TAILQ_NEXT(&n[1], link)->v,
           TAILQ_PREV(&n[1], thead, link)->v, (void *)TAILQ_PREV(&n[5], thead, link));
    printf("tailq next of tail: %p\n", (void *)TAILQ_NEXT(&n[3], link));
    TAILQ_REMOVE(&h, &n[3], link);
    tailq_print("tailq -3 (tail)", &h);
    TAILQ_REMOVE(&h, &n[5], link);
    tailq_print("tailq -5 (head)", &h);
    TAILQ_REMOVE(&h, &n[4], link);
    tailq_print("tailq -4 (middle)", &h);
    TAILQ_INIT(&h2);
    TAILQ_CONCAT(&h, &h2, link);
    tailq_print("tailq concat empty", &h);
    TAILQ_INSERT_TAIL(&h2, &n[7], link);
    TAILQ_INSERT_TAIL(&h2, &n[8], link);
    TAILQ_CONCAT(&h, &h2, link);
    tailq_print("tailq concat", &h);
    tailq_print("tailq h2", &h2);
    TAILQ_INSERT_TAIL(&h, &n[9], link);
    tailq_print("tailq append after concat", &h);
    /* The same elements on a second queue through their other entry. */
    TAILQ_FOREACH(p, &h, link) if (p->v % 2) TAILQ_INSERT_HEAD(&both, p, other);
    printf("tailq other:");
    TAILQ_FOREACH(p, &both, other) printf(" %d", p->v);
    printf(" | reverse:");
    TAILQ_FOREACH_REVERSE(p, &both, thead, other) printf(" %d", p->v);
    printf("\n");
    /* Remove while walking, the usual way: take the next one first. */
    struct tnode *next;
    for (p = TAILQ_FIRST(&h); p; p = next) {
        next = TAILQ_NEXT(p, link);
        if (p->v != 7) TAILQ_REMOVE(&h, p, link);
    }
    tailq_print("tailq filtered", &h);
    TAILQ_REMOVE(&h, &n[7], link);
    tailq_print("tailq emptied", &h);
    printf("tailq empty %d\n", TAILQ_EMPTY(&h));

    /* A heap-allocated queue, as programs use them. */
    TAILQ_INIT(&h);
    for (int i = 0; i < 5; i++) {
        struct tnode *e = malloc(sizeof *e);
        e->v = i * i;
        if (i % 2) TAILQ_INSERT_HEAD(&h, e, link);
        else TAILQ_INSERT_TAIL(&h, e, link);
    }
    tailq_print("tailq heap", &h);
    while ((p = TAILQ_FIRST(&h))) {
        TAILQ_REMOVE(&h, p, link);
        free(p);
    }
    tailq_print("tailq freed", &h);
}

static void circleq_print(const char *what, struct chead *h) {
    struct cnode *p;
    printf("%s:", what);
    CIRCLEQ_FOREACH(p, h, link) printf(" %d", p->v);
    printf(" | reverse:");
    CIRCLEQ_FOREACH_REVERSE(p, h, link) printf(" %d", p->v);
    if (!CIRCLEQ_EMPTY(h)) printf(" | first %d last %d", CIRCLEQ_FIRST(h)->v, CIRCLEQ_LAST(h)->v);
    printf("\n");
}

static void circleq(void) {
    struct chead h = CIRCLEQ_HEAD_INITIALIZER(h);
    struct cnode n[8];
    for (int i = 0; i < 8; i++) n[i].v = i;
    circleq_print("circleq initializer", &h);
    printf("circleq empty %d\n", CIRCLEQ_EMPTY(&h));
    CIRCLEQ_INIT(&h);
    CIRCLEQ_INSERT_HEAD(&h, &n[0], link);
    circleq_print("circleq one", &h);
    CIRCLEQ_INSERT_TAIL(&h, &n[1], link);
    CIRCLEQ_INSERT_HEAD(&h, &n[2], link);
    CIRCLEQ_INSERT_AFTER(&h, &n[1], &n[3], link);  /* new last */
    CIRCLEQ_INSERT_AFTER(&h, &n[2], &n[4], link);
    CIRCLEQ_INSERT_BEFORE(&h, &n[2], &n[5], link); /* new first */
    CIRCLEQ_INSERT_BEFORE(&h, &n[1], &n[6], link);
    circleq_print("circleq", &h);
    printf("circleq next of 0: %d prev of 0: %d\n", CIRCLEQ_NEXT(&n[0], link)->v,
           CIRCLEQ_PREV(&n[0], link)->v);
    printf("circleq last's next is head %d, first's prev is head %d\n",
           CIRCLEQ_NEXT(&n[3], link) == (void *)&h, CIRCLEQ_PREV(&n[5], link) == (void *)&h);
    /* (glibc's LOOP macros need a plain name for the element.) */
    struct cnode *last = &n[3], *first = &n[5], *p = &n[0];
    printf("circleq loop next of last %d, loop prev of first %d, loop next of 0 %d\n",
           CIRCLEQ_LOOP_NEXT(&h, last, link)->v, CIRCLEQ_LOOP_PREV(&h, first, link)->v,
           CIRCLEQ_LOOP_NEXT(&h, p, link)->v);
    /* Go round twice from the middle. */
    printf("circleq round:");
    for (int i = 0; i < 14; i++) {
        printf(" %d", p->v);
        p = CIRCLEQ_LOOP_NEXT(&h, p, link);
    }
    printf("\n");
    CIRCLEQ_REMOVE(&h, &n[3], link);
    circleq_print("circleq -3 (last)", &h);
    CIRCLEQ_REMOVE(&h, &n[5], link);
    circleq_print("circleq -5 (first)", &h);
    CIRCLEQ_REMOVE(&h, &n[0], link);
    circleq_print("circleq -0 (middle)", &h);
    CIRCLEQ_REMOVE(&h, &n[2], link);
    CIRCLEQ_REMOVE(&h, &n[4], link);
    CIRCLEQ_REMOVE(&h, &n[6], link);
    circleq_print("circleq one left", &h);
    CIRCLEQ_REMOVE(&h, &n[1], link);
    circleq_print("circleq none left", &h);
    printf("circleq empty %d\n", CIRCLEQ_EMPTY(&h));
}

int main(void) {
    slist();
    list();
    stailq();
    simpleq();
    tailq();
    circleq();
    return 0;
}
