/* binary search tree: recursive insert, traversals, height, deletion, counting */
#include <stdio.h>
#include <stdlib.h>

typedef struct tree { int key; int count; struct tree *left, *right; } tree;

static tree *insert(tree *t, int key) {
    if (!t) { t = calloc(1, sizeof *t); t->key = key; t->count = 1; return t; }
    if (key < t->key) t->left = insert(t->left, key);
    else if (key > t->key) t->right = insert(t->right, key);
    else t->count++;
    return t;
}
static void inorder(const tree *t) { if (t) { inorder(t->left); printf(" %d", t->key); if (t->count > 1) printf("x%d", t->count); inorder(t->right); } }
static void preorder(const tree *t) { if (t) { printf(" %d", t->key); preorder(t->left); preorder(t->right); } }
static void postorder(const tree *t) { if (t) { postorder(t->left); postorder(t->right); printf(" %d", t->key); } }
static int height(const tree *t) { if (!t) return 0; int l = height(t->left), r = height(t->right); return 1 + (l > r ? l : r); }
static int size(const tree *t) { return t ? size(t->left) + 1 + size(t->right) : 0; }
static tree *min_node(tree *t) { while (t->left) t = t->left; return t; }
static tree *delete(tree *t, int key) {
    if (!t) return NULL;
    if (key < t->key) t->left = delete(t->left, key);
    else if (key > t->key) t->right = delete(t->right, key);
    else {
        if (!t->left) { tree *r = t->right; free(t); return r; }
        if (!t->right) { tree *l = t->left; free(t); return l; }
        tree *m = min_node(t->right);
        t->key = m->key; t->count = m->count;
        m->count = 1;
        t->right = delete(t->right, m->key);
    }
    return t;
}
static void destroy(tree *t) { if (t) { destroy(t->left); destroy(t->right); free(t); } }

int main(void) {
    int keys[] = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 30, 85, 10 };
    tree *root = NULL;
    unsigned i;
    for (i = 0; i < sizeof keys / sizeof keys[0]; i++) root = insert(root, keys[i]);
    printf("inorder:"); inorder(root); printf("\n");
    printf("preorder:"); preorder(root); printf("\n");
    printf("postorder:"); postorder(root); printf("\n");
    printf("height %d size %d\n", height(root), size(root));
    root = delete(root, 30);
    root = delete(root, 50);
    root = delete(root, 10);
    root = delete(root, 999);
    printf("after deletes:"); inorder(root); printf("\n");
    printf("preorder:"); preorder(root); printf("\n");
    printf("height %d size %d\n", height(root), size(root));
    destroy(root);
    return 0;
}
