/* program: skip list with deterministic level generator: insert, search, delete, ordered iteration and level stats */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define MAXLVL 12
struct node { int key, value; struct node *next[MAXLVL]; };
static struct node head;
static int level = 1;
static uint32_t rng = 1;
static int random_level(void) {
    int l = 1;
    for (;;) { rng ^= rng << 13; rng ^= rng >> 17; rng ^= rng << 5; if ((rng & 3) || l == MAXLVL) break; l++; }
    return l;
}
static void insert(int key, int value) {
    struct node *update[MAXLVL], *x = &head;
    for (int i = level - 1; i >= 0; i--) { while (x->next[i] && x->next[i]->key < key) x = x->next[i]; update[i] = x; }
    x = x->next[0];
    if (x && x->key == key) { x->value = value; return; }
    int l = random_level();
    if (l > level) { for (int i = level; i < l; i++) update[i] = &head; level = l; }
    struct node *n = calloc(1, sizeof *n);
    n->key = key; n->value = value;
    for (int i = 0; i < l; i++) { n->next[i] = update[i]->next[i]; update[i]->next[i] = n; }
}
static struct node *search(int key, int *steps) {
    struct node *x = &head;
    *steps = 0;
    for (int i = level - 1; i >= 0; i--) while (x->next[i] && x->next[i]->key < key) { x = x->next[i]; (*steps)++; }
    x = x->next[0];
    return x && x->key == key ? x : NULL;
}
static int erase(int key) {
    struct node *update[MAXLVL], *x = &head;
    for (int i = level - 1; i >= 0; i--) { while (x->next[i] && x->next[i]->key < key) x = x->next[i]; update[i] = x; }
    x = x->next[0];
    if (!x || x->key != key) return 0;
    for (int i = 0; i < level; i++) if (update[i]->next[i] == x) update[i]->next[i] = x->next[i];
    free(x);
    while (level > 1 && !head.next[level - 1]) level--;
    return 1;
}

int main(void) {
    for (int i = 0; i < 1000; i++) insert((i * 37) % 1000, i);
    int counts[MAXLVL] = {0};
    for (int l = 0; l < MAXLVL; l++) for (struct node *x = head.next[l]; x; x = x->next[l]) counts[l]++;
    printf("levels=%d per-level counts:", level);
    for (int l = 0; l < level; l++) printf(" %d", counts[l]);
    printf("\n");
    int total_steps = 0, found = 0;
    for (int k = -5; k < 1005; k += 3) { int st; if (search(k, &st)) found++; total_steps += st; }
    printf("found=%d avg steps=%.2f\n", found, total_steps / 337.0);
    int st;
    struct node *n = search(370, &st);
    printf("key 370 -> value %d (steps %d)\n", n ? n->value : -1, st);
    int removed = 0;
    for (int k = 0; k < 1000; k += 2) removed += erase(k);
    removed += erase(5000);
    printf("removed=%d level=%d\nfirst 20:", removed, level);
    int c = 0;
    for (struct node *x = head.next[0]; x && c < 20; x = x->next[0], c++) printf(" %d:%d", x->key, x->value);
    printf("\n");
    struct node *x = head.next[0];
    while (x) { struct node *nx = x->next[0]; free(x); x = nx; }
    return 0;
}
