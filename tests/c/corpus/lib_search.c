/* <search.h>: hash tables (glibc's sizes: the first prime >= nel), trees
   (only what does not depend on the balancing: twalk's in-order visits,
   the root first at depth 0, a depth within the red-black bound), linear
   search and queues. */
#define _GNU_SOURCE
#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b) { return strcmp(a, b); }

static int visits, max_depth, first_depth = -1, bad_order;
static VISIT first_visit;
static char order[4096];

static void record(const void *nodep, VISIT v, int depth) {
    if (visits++ == 0) {
        first_depth = depth;
        first_visit = v;
    }
    if (depth > max_depth) max_depth = depth;
    if (v == postorder || v == leaf) {
        char buf[32];
        snprintf(buf, sizeof buf, " %d", **(const int *const *)nodep);
        if (strlen(order) + strlen(buf) < sizeof order) strcat(order, buf);
    }
}

static int last = -1;
static void check_sorted(const void *nodep, VISIT v, int depth) {
    (void)depth;
    if (v == postorder || v == leaf) {
        int k = **(const int *const *)nodep;
        if (k <= last) bad_order++;
        last = k;
    }
}

static void walk(const void *root, const char *label) {
    visits = max_depth = 0;
    first_depth = -1;
    order[0] = 0;
    twalk(root, record);
    printf("%s:%s (first visit %s at depth %d)\n", label, order,
           first_visit == leaf ? "leaf" : first_visit == preorder ? "preorder" : "other",
           first_depth);
}

static void count_r(const void *nodep, VISIT v, void *closure) {
    (void)nodep;
    if (v == postorder || v == leaf) ++*(int *)closure;
}

static int freed;
static void free_key(void *key) {
    freed++;
    free(key);
}

static void keep_key(void *key) { (void)key; }

struct q {
    struct q *forw, *back;
    const char *name;
};

static void show_queue(struct q *head) {
    printf("queue:");
    for (struct q *e = head; e; e = e->forw) printf(" %s", e->name);
    printf("\n");
}

int main(void) {
    /* hsearch: hcreate(4) makes room for 5 entries. */
    static const char *words[] = {"alpha", "beta", "gamma", "delta", "epsilon",
                                  "zeta", "eta", "theta"};
    static int values[8];
    printf("hcreate: %d\n", hcreate(4) != 0);
    printf("hcreate again: %d\n", hcreate(10) != 0);
    for (int i = 0; i < 8; i++) {
        values[i] = i * 10;
        ENTRY e = {(char *)words[i], &values[i]};
        errno = 0;
        ENTRY *r = hsearch(e, ENTER);
        printf("enter %s: %s", words[i], r ? "ok" : "full");
        printf(" (errno %s)\n", errno == ENOMEM ? "ENOMEM" : errno ? "other" : "0");
    }
    static int other = 99;
    ENTRY dup = {"beta", &other};
    ENTRY *r = hsearch(dup, ENTER);
    printf("enter beta again: data %d, key %s\n", *(int *)r->data, r->key);
    for (int i = 0; i < 8; i++) {
        ENTRY e = {(char *)words[i], 0};
        errno = 0;
        r = hsearch(e, FIND);
        if (r)
            printf("find %s: %d\n", words[i], *(int *)r->data);
        else
            printf("find %s: not found (errno %s)\n", words[i], errno == ESRCH ? "ESRCH" : "?");
    }
    char key[] = "gamma"; /* a different pointer to equal text */
    ENTRY probe = {key, 0};
    r = hsearch(probe, FIND);
    printf("find copy of gamma: %d\n", r ? *(int *)r->data : -1);
    hdestroy();
    printf("hcreate after hdestroy: %d\n", hcreate(100) != 0);
    int n_ok = 0;
    for (int i = 0; i < 101; i++) {
        char *k = malloc(8);
        snprintf(k, 8, "k%d", i);
        ENTRY e = {k, 0};
        if (hsearch(e, ENTER)) n_ok++;
    }
    printf("hcreate(100) holds %d\n", n_ok); /* 101 is prime */
    hdestroy();

    struct hsearch_data h;
    memset(&h, 0, sizeof h);
    printf("hcreate_r: %d\n", hcreate_r(7, &h) != 0);
    ENTRY e1 = {"one", (void *)1}, *res;
    printf("hsearch_r enter: %d\n", hsearch_r(e1, ENTER, &res, &h));
    ENTRY e2 = {"two", 0};
    int got = hsearch_r(e2, FIND, &res, &h);
    printf("hsearch_r find two: %d %s\n", got, res ? "set" : "NULL");
    got = hsearch_r(e1, FIND, &res, &h);
    printf("hsearch_r find one: %d %ld\n", got, (long)res->data);
    hdestroy_r(&h);

    /* Trees. */
    void *root = 0;
    static int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
    for (int i = 0; i < 10; i++) {
        void *n = tsearch(&keys[i], &root, cmp_int);
        if (!n || *(int **)n != &keys[i]) printf("tsearch %d: bad\n", keys[i]);
    }
    int again = 40;
    void *n = tsearch(&again, &root, cmp_int);
    printf("tsearch 40 again: same key %d\n", *(int **)n == &keys[4]);
    printf("tfind 65: %d\n", **(int **)tfind(&keys[9], &root, cmp_int));
    int missing = 66;
    printf("tfind 66: %s\n", tfind(&missing, &root, cmp_int) ? "found" : "NULL");
    walk(root, "in order");
    printf("tdelete 66: %s\n", tdelete(&missing, &root, cmp_int) ? "non-NULL" : "NULL");
    printf("tdelete 30: %s\n", tdelete(&keys[1], &root, cmp_int) ? "non-NULL" : "NULL");
    printf("tdelete 50: %s\n", tdelete(&keys[0], &root, cmp_int) ? "non-NULL" : "NULL");
    walk(root, "after deleting 30 and 50");
    for (int i = 0; i < 10; i++) tdelete(&keys[i], &root, cmp_int);
    printf("all deleted: root %s\n", root ? "set" : "NULL");
    int one = 7;
    tsearch(&one, &root, cmp_int);
    walk(root, "one node");
    tdelete(&one, &root, cmp_int);
    printf("tfind in empty: %s, twalk of NULL:", tfind(&one, &root, cmp_int) ? "found" : "NULL");
    twalk(0, record);
    printf(" ok\n");

    /* 1000 keys in rising order: the tree stays balanced. */
    static int many[1000];
    for (int i = 0; i < 1000; i++) {
        many[i] = i;
        tsearch(&many[i], &root, cmp_int);
    }
    max_depth = 0;
    last = -1;
    twalk(root, check_sorted);
    visits = 0;
    twalk(root, record);
    printf("1000 keys: out of order %d, depth within bound %d\n", bad_order, max_depth <= 19);
    int count = 0;
    twalk_r(root, count_r, &count);
    printf("twalk_r counted %d\n", count);
    for (int i = 0; i < 1000; i += 2) tdelete(&many[i], &root, cmp_int);
    last = -1;
    twalk(root, check_sorted);
    count = 0;
    twalk_r(root, count_r, &count);
    printf("after deleting the even ones: %d left, out of order %d\n", count, bad_order);
    tdestroy(root, keep_key);

    root = 0;
    static const char *names[] = {"pear", "apple", "fig", "kiwi", "apple", "banana"};
    for (int i = 0; i < 6; i++) {
        char *s = strdup(names[i]);
        char **node = tsearch(s, &root, cmp_str);
        if (*node != s) free(s); /* already there */
    }
    tdestroy(root, free_key);
    printf("tdestroy freed %d keys\n", freed);

    /* lfind, lsearch. */
    int arr[8] = {5, 3, 9};
    size_t nmemb = 3;
    int k = 9;
    int *p = lfind(&k, arr, &nmemb, sizeof *arr, cmp_int);
    printf("lfind 9: index %d\n", p ? (int)(p - arr) : -1);
    k = 4;
    printf("lfind 4: %s\n", lfind(&k, arr, &nmemb, sizeof *arr, cmp_int) ? "found" : "NULL");
    p = lsearch(&k, arr, &nmemb, sizeof *arr, cmp_int);
    printf("lsearch 4: index %d, nmemb %zu\n", (int)(p - arr), nmemb);
    p = lsearch(&k, arr, &nmemb, sizeof *arr, cmp_int);
    printf("lsearch 4 again: index %d, nmemb %zu\n", (int)(p - arr), nmemb);
    printf("array:");
    for (size_t i = 0; i < nmemb; i++) printf(" %d", arr[i]);
    printf("\n");

    /* insque, remque. */
    struct q a = {0, 0, "a"}, b = {0, 0, "b"}, c = {0, 0, "c"}, d = {0, 0, "d"};
    insque(&a, 0);
    insque(&c, &a);
    insque(&b, &a);
    insque(&d, &c);
    show_queue(&a);
    printf("back of d: %s, back of b: %s\n", d.back->name, b.back->name);
    remque(&b);
    show_queue(&a);
    remque(&d);
    show_queue(&a);
    remque(&a);
    printf("c back: %s\n", c.back ? c.back->name : "NULL");
    return 0;
}
