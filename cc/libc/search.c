/* <search.h>: hash tables by open addressing (sized as glibc sizes them,
   so as many entries fit), AVL trees, linear search, queues. */
#include <errno.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>

/* Queues: doubly linked lists of struct qelem. */

void insque(void *elem, void *prev) {
    struct qelem *e = elem, *p = prev;
    if (!p) {
        e->q_forw = e->q_back = 0;
        return;
    }
    struct qelem *next = p->q_forw;
    p->q_forw = e;
    if (next) next->q_back = e;
    e->q_forw = next;
    e->q_back = p;
}

void remque(void *elem) {
    struct qelem *e = elem;
    if (e->q_forw) e->q_forw->q_back = e->q_back;
    if (e->q_back) e->q_back->q_forw = e->q_forw;
}

/* Linear search. */

void *lfind(const void *key, const void *base, size_t *nmemb, size_t size,
            __compar_fn_t compar) {
    const char *p = base;
    for (size_t i = 0; i < *nmemb; i++, p += size)
        if (!compar(key, p)) return (void *)p;
    return 0;
}

void *lsearch(const void *key, void *base, size_t *nmemb, size_t size, __compar_fn_t compar) {
    void *p = lfind(key, base, nmemb, size, compar);
    if (p) return p;
    p = (char *)base + *nmemb * size;
    memcpy(p, key, size);
    ++*nmemb;
    return p;
}

/* Hash tables: the size is the first prime at least `nel` (and 3), and
   the table holds that many entries, as in glibc. */

struct _ENTRY {
    unsigned int used; /* the key's hash, or 0 when empty */
    ENTRY entry;
};

static int prime(unsigned n) {
    for (unsigned d = 3; d <= n / d; d += 2)
        if (n % d == 0) return 0;
    return 1;
}

int hcreate_r(size_t nel, struct hsearch_data *h) {
    if (!h) {
        errno = EINVAL;
        return 0;
    }
    if (h->table) return 0;
    if (nel < 3) nel = 3;
    for (nel |= 1;; nel += 2) {
        if (nel > 0xfffffffdu) {
            errno = ENOMEM;
            return 0;
        }
        if (prime((unsigned)nel)) break;
    }
    h->size = (unsigned)nel;
    h->filled = 0;
    h->table = calloc(nel + 1, sizeof *h->table);
    return h->table != 0;
}

void hdestroy_r(struct hsearch_data *h) {
    if (!h) {
        errno = EINVAL;
        return;
    }
    free(h->table);
    h->table = 0;
}

int hsearch_r(ENTRY item, ACTION action, ENTRY **ret, struct hsearch_data *h) {
    *ret = 0;
    if (!h->table) {
        errno = action == ENTER ? ENOMEM : ESRCH;
        return 0;
    }
    unsigned hash = 5381;
    for (const unsigned char *s = (const unsigned char *)item.key; *s; s++) hash = hash * 33 + *s;
    if (!hash) hash = 1;
    /* Double hashing over slots 1..size (a prime, so every slot is
       probed). */
    unsigned i = hash % h->size + 1, step = 1 + hash % (h->size - 2);
    for (unsigned n = 0; n < h->size && h->table[i].used; n++) {
        if (h->table[i].used == hash && !strcmp(item.key, h->table[i].entry.key)) {
            *ret = &h->table[i].entry;
            return 1;
        }
        i = i + step > h->size ? i + step - h->size : i + step;
    }
    if (action == FIND) {
        errno = ESRCH;
        return 0;
    }
    if (h->filled == h->size) {
        errno = ENOMEM;
        return 0;
    }
    h->table[i].used = hash;
    h->table[i].entry = item;
    h->filled++;
    *ret = &h->table[i].entry;
    return 1;
}

static struct hsearch_data table;

int hcreate(size_t nel) { return hcreate_r(nel, &table); }

void hdestroy(void) { hdestroy_r(&table); }

ENTRY *hsearch(ENTRY item, ACTION action) {
    ENTRY *e;
    hsearch_r(item, action, &e, &table);
    return e;
}

/* Binary search trees, kept balanced as AVL trees (so recursion stays
   shallow). A node starts with its key, as programs expect:
   `*(T **)nodep` is the key. */

struct node {
    const void *key;
    struct node *left, *right;
    int height;
};

static int height(const struct node *n) { return n ? n->height : 0; }

static void update(struct node *n) {
    int l = height(n->left), r = height(n->right);
    n->height = (l > r ? l : r) + 1;
}

static struct node *rotate_right(struct node *n) {
    struct node *l = n->left;
    n->left = l->right;
    l->right = n;
    update(n);
    update(l);
    return l;
}

static struct node *rotate_left(struct node *n) {
    struct node *r = n->right;
    n->right = r->left;
    r->left = n;
    update(n);
    update(r);
    return r;
}

static struct node *balance(struct node *n) {
    update(n);
    int b = height(n->left) - height(n->right);
    if (b > 1) {
        if (height(n->left->left) < height(n->left->right)) n->left = rotate_left(n->left);
        return rotate_right(n);
    }
    if (b < -1) {
        if (height(n->right->right) < height(n->right->left)) n->right = rotate_right(n->right);
        return rotate_left(n);
    }
    return n;
}

/* Inserts `new` (whose key is not in the tree); returns the new root. */
static struct node *insert(struct node *n, struct node *new, __compar_fn_t compar) {
    if (!n) return new;
    if (compar(new->key, n->key) < 0)
        n->left = insert(n->left, new, compar);
    else
        n->right = insert(n->right, new, compar);
    return balance(n);
}

void *tfind(const void *key, void *const *rootp, __compar_fn_t compar) {
    if (!rootp) return 0;
    struct node *n = *rootp;
    while (n) {
        int c = compar(key, n->key);
        if (!c) return n;
        n = c < 0 ? n->left : n->right;
    }
    return 0;
}

void *tsearch(const void *key, void **rootp, __compar_fn_t compar) {
    if (!rootp) return 0;
    struct node *n = tfind(key, rootp, compar);
    if (n) return n;
    if (!(n = malloc(sizeof *n))) return 0;
    n->key = key;
    n->left = n->right = 0;
    n->height = 1;
    *rootp = insert(*rootp, n, compar);
    return n;
}

static struct node *remove_min(struct node *n, struct node **min) {
    if (!n->left) {
        *min = n;
        return n->right;
    }
    n->left = remove_min(n->left, min);
    return balance(n);
}

/* Removes the node with `key` (which is in the tree); returns the new
   root. Nodes move, keys stay in their nodes. */
static struct node *delete(struct node *n, const void *key, __compar_fn_t compar) {
    int c = compar(key, n->key);
    if (c < 0) {
        n->left = delete(n->left, key, compar);
    } else if (c > 0) {
        n->right = delete(n->right, key, compar);
    } else {
        struct node *l = n->left, *r = n->right, *m;
        free(n);
        if (!r) return l;
        r = remove_min(r, &m);
        m->left = l;
        m->right = r;
        return balance(m);
    }
    return balance(n);
}

void *tdelete(const void *key, void **rootp, __compar_fn_t compar) {
    if (!rootp || !*rootp) return 0;
    struct node *n = *rootp, *parent = 0;
    for (;;) {
        int c = compar(key, n->key);
        if (!c) break;
        parent = n;
        if (!(n = c < 0 ? n->left : n->right)) return 0;
    }
    *rootp = delete(*rootp, key, compar);
    /* The parent's node, or for the root some other pointer not NULL. */
    return parent ? (void *)parent : (void *)rootp;
}

static void walk(const struct node *n, __action_fn_t action, int depth) {
    if (!n->left && !n->right) {
        action(n, leaf, depth);
        return;
    }
    action(n, preorder, depth);
    if (n->left) walk(n->left, action, depth + 1);
    action(n, postorder, depth);
    if (n->right) walk(n->right, action, depth + 1);
    action(n, endorder, depth);
}

void twalk(const void *root, __action_fn_t action) {
    if (root && action) walk(root, action, 0);
}

static void walk_r(const struct node *n, void (*action)(const void *, VISIT, void *),
                   void *closure) {
    if (!n->left && !n->right) {
        action(n, leaf, closure);
        return;
    }
    action(n, preorder, closure);
    if (n->left) walk_r(n->left, action, closure);
    action(n, postorder, closure);
    if (n->right) walk_r(n->right, action, closure);
    action(n, endorder, closure);
}

void twalk_r(const void *root, void (*action)(const void *, VISIT, void *), void *closure) {
    if (root && action) walk_r(root, action, closure);
}

void tdestroy(void *root, __free_fn_t freefct) {
    struct node *n = root;
    if (!n) return;
    tdestroy(n->left, freefct);
    tdestroy(n->right, freefct);
    if (freefct) freefct((void *)n->key);
    free(n);
}
