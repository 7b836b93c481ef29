/* program: AVL tree with rotations: insert 1..N ascending and pseudo-random keys, verify balance, order statistics */
#include <stdio.h>
#include <stdlib.h>

struct node { int key, height, size; struct node *l, *r; };

static int h(struct node *n) { return n ? n->height : 0; }
static int sz(struct node *n) { return n ? n->size : 0; }
static void upd(struct node *n) { n->height = 1 + (h(n->l) > h(n->r) ? h(n->l) : h(n->r)); n->size = 1 + sz(n->l) + sz(n->r); }
static int rotations;
static struct node *rotr(struct node *y) { struct node *x = y->l; y->l = x->r; x->r = y; upd(y); upd(x); rotations++; return x; }
static struct node *rotl(struct node *x) { struct node *y = x->r; x->r = y->l; y->l = x; upd(x); upd(y); rotations++; return y; }
static struct node *balance(struct node *n) {
    upd(n);
    int bf = h(n->l) - h(n->r);
    if (bf > 1) { if (h(n->l->l) < h(n->l->r)) n->l = rotl(n->l); return rotr(n); }
    if (bf < -1) { if (h(n->r->r) < h(n->r->l)) n->r = rotr(n->r); return rotl(n); }
    return n;
}
static struct node *insert(struct node *n, int key) {
    if (!n) { n = malloc(sizeof *n); n->key = key; n->l = n->r = NULL; upd(n); return n; }
    if (key < n->key) n->l = insert(n->l, key);
    else if (key > n->key) n->r = insert(n->r, key);
    else return n;
    return balance(n);
}
static int check(struct node *n, int lo, int hi) {
    if (!n) return 1;
    if (n->key <= lo || n->key >= hi) return 0;
    int bf = h(n->l) - h(n->r);
    if (bf < -1 || bf > 1) return 0;
    return check(n->l, lo, n->key) && check(n->r, n->key, hi);
}
static int kth(struct node *n, int k) {
    while (n) {
        int ls = sz(n->l);
        if (k < ls) n = n->l;
        else if (k == ls) return n->key;
        else { k -= ls + 1; n = n->r; }
    }
    return -1;
}
static int rank(struct node *n, int key) {
    int r = 0;
    while (n) { if (key <= n->key) n = n->l; else { r += sz(n->l) + 1; n = n->r; } }
    return r;
}
static void freeall(struct node *n) { if (n) { freeall(n->l); freeall(n->r); free(n); } }

int main(void) {
    struct node *t = NULL;
    for (int i = 1; i <= 1000; i++) t = insert(t, i);
    printf("ascending 1000: height=%d size=%d rotations=%d valid=%d root=%d\n", h(t), sz(t), rotations, check(t, 0, 1 << 30), t->key);
    freeall(t);
    t = NULL;
    rotations = 0;
    unsigned s = 99;
    for (int i = 0; i < 3000; i++) { s = s * 1103515245u + 12345u; t = insert(t, (int)((s >> 8) % 100000)); }
    printf("random 3000: height=%d size=%d rotations=%d valid=%d\n", h(t), sz(t), rotations, check(t, -1, 1 << 30));
    printf("kth:");
    for (int k = 0; k < sz(t); k += sz(t) / 8) printf(" %d", kth(t, k));
    printf(" max=%d\n", kth(t, sz(t) - 1));
    printf("rank(50000)=%d rank(0)=%d rank(100000)=%d\n", rank(t, 50000), rank(t, 0), rank(t, 100000));
    freeall(t);
    return 0;
}
