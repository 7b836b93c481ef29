/* program: a trie over lowercase words: insert, lookup, prefix counting, autocomplete listing, deletion */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct trie { struct trie *kid[26]; int end; int pass; };

static struct trie *new_node(void) { return calloc(1, sizeof(struct trie)); }
static void insert(struct trie *t, const char *w) {
    t->pass++;
    for (; *w; w++) {
        int c = *w - 'a';
        if (!t->kid[c]) t->kid[c] = new_node();
        t = t->kid[c];
        t->pass++;
    }
    t->end++;
}
static const struct trie *find(const struct trie *t, const char *p) {
    for (; *p && t; p++) t = t->kid[*p - 'a'];
    return t;
}
static int lookup(const struct trie *t, const char *w) { t = find(t, w); return t && t->end; }
static int prefix_count(const struct trie *t, const char *p) { t = find(t, p); return t ? t->pass : 0; }
static void list(const struct trie *t, char *buf, int depth, int *budget) {
    if (!t || *budget <= 0) return;
    if (t->end) { buf[depth] = 0; printf(" %s", buf); (*budget)--; }
    for (int c = 0; c < 26; c++)
        if (t->kid[c]) { buf[depth] = (char)('a' + c); list(t->kid[c], buf, depth + 1, budget); }
}
static int remove_word(struct trie *t, const char *w) {
    if (!lookup(t, w)) return 0;
    t->pass--;
    for (; *w; w++) {
        struct trie *k = t->kid[*w - 'a'];
        k->pass--;
        t = k;
    }
    t->end--;
    return 1;
}
static int count_nodes(const struct trie *t) {
    int n = 1;
    for (int c = 0; c < 26; c++) if (t->kid[c]) n += count_nodes(t->kid[c]);
    return n;
}
static void destroy(struct trie *t) {
    for (int c = 0; c < 26; c++) if (t->kid[c]) destroy(t->kid[c]);
    free(t);
}

int main(void) {
    const char *words[] = {"car", "card", "care", "careful", "cart", "cat", "catalog", "dog", "dodge", "door",
                           "do", "zebra", "zero", "zest", "apple", "app", "application", "apply", "car"};
    struct trie *root = new_node();
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) insert(root, words[i]);
    printf("nodes=%d words=%d\n", count_nodes(root), root->pass);
    const char *q[] = {"car", "ca", "cart", "carts", "do", "d", "apple", "zz", ""};
    for (int i = 0; i < 9; i++) printf("lookup(%s)=%d prefix(%s)=%d\n", q[i], lookup(root, q[i]), q[i], prefix_count(root, q[i]));
    const char *pre[] = {"car", "do", "app", "z", "x"};
    char buf[64];
    for (int i = 0; i < 5; i++) {
        int budget = 10;
        strcpy(buf, pre[i]);
        printf("complete(%s):", pre[i]);
        list(find(root, pre[i]), buf, (int)strlen(pre[i]), &budget);
        printf("\n");
    }
    for (int i = 0; i < 3; i++) {
        int removed = remove_word(root, "car");
        int still = lookup(root, "car");
        printf("remove car: %d, lookup car: %d\n", removed, still);
    }
    printf("prefix(car)=%d\n", prefix_count(root, "car"));
    int budget = 100;
    buf[0] = 0;
    printf("all:");
    list(root, buf, 0, &budget);
    printf("\n");
    destroy(root);
    return 0;
}
