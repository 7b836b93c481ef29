/* program: binary search tree with insert, search, in-order/pre-order traversal, height, and deletion of all node kinds */
#include <stdio.h>
#include <stdlib.h>

struct node { int key; struct node *left, *right; };

static struct node *insert(struct node *t, int key) {
    if (!t) { struct node *n = malloc(sizeof *n); n->key = key; n->left = n->right = NULL; return n; }
    if (key < t->key) t->left = insert(t->left, key);
    else if (key > t->key) t->right = insert(t->right, key);
    return t;
}
static struct node *delete(struct node *t, int key) {
    if (!t) return NULL;
    if (key < t->key) t->left = delete(t->left, key);
    else if (key > t->key) t->right = delete(t->right, key);
    else {
        if (!t->left) { struct node *r = t->right; free(t); return r; }
        if (!t->right) { struct node *l = t->left; free(t); return l; }
        struct node *m = t->right;
        while (m->left) m = m->left;
        t->key = m->key;
        t->right = delete(t->right, m->key);
    }
    return t;
}
static int contains(const struct node *t, int key) {
    while (t) { if (key == t->key) return 1; t = key < t->key ? t->left : t->right; }
    return 0;
}
static int height(const struct node *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}
static int size(const struct node *t) { return t ? 1 + size(t->left) + size(t->right) : 0; }
static void inorder(const struct node *t) { if (t) { inorder(t->left); printf(" %d", t->key); inorder(t->right); } }
static void preorder(const struct node *t) { if (t) { printf(" %d", t->key); preorder(t->left); preorder(t->right); } }
static void destroy(struct node *t) { if (t) { destroy(t->left); destroy(t->right); free(t); } }
static void shape(const struct node *t, int depth) {
    if (!t) return;
    shape(t->right, depth + 1);
    printf("%*s%d\n", depth * 4, "", t->key);
    shape(t->left, depth + 1);
}

int main(void) {
    int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 75, 85, 10, 25, 42, 47, 30, 50};
    struct node *root = NULL;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) root = insert(root, keys[i]);
    printf("size=%d height=%d\ninorder:", size(root), height(root));
    inorder(root);
    printf("\npreorder:");
    preorder(root);
    printf("\n");
    shape(root, 0);
    int probes[] = {42, 43, 10, 85, 0, 100};
    for (int i = 0; i < 6; i++) printf("contains(%d)=%d\n", probes[i], contains(root, probes[i]));
    int dels[] = {10, 20, 30, 50, 99, 70};
    for (int i = 0; i < 6; i++) {
        root = delete(root, dels[i]);
        printf("delete %d -> size=%d height=%d:", dels[i], size(root), height(root));
        inorder(root);
        printf("\n");
    }
    printf("preorder:");
    preorder(root);
    printf("\n");
    destroy(root);
    /* degenerate tree from sorted input, then balanced rebuild check */
    root = NULL;
    for (int i = 1; i <= 100; i++) root = insert(root, i);
    printf("sorted insert height=%d\n", height(root));
    destroy(root);
    root = NULL;
    unsigned s = 1;
    for (int i = 0; i < 500; i++) { s = s * 1103515245u + 12345u; root = insert(root, (int)((s >> 16) % 10000)); }
    printf("random insert size=%d height=%d\n", size(root), height(root));
    for (int i = 0; i < 10000; i += 3) root = delete(root, i);
    printf("after deleting multiples of 3: size=%d height=%d\n", size(root), height(root));
    destroy(root);
    return 0;
}
