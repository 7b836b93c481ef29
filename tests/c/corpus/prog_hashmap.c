/* program: open-addressing hash map (linear probing, tombstones, resize) from string keys to ints, with stats */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct slot { char *key; int value; int state; }; /* 0 empty, 1 used, 2 deleted */
struct map { struct slot *slots; size_t cap, count, tombs; int resizes; };

static uint32_t fnv(const char *s) { uint32_t h = 2166136261u; while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; } return h; }
static char *dupstr(const char *s) { size_t n = strlen(s) + 1; char *d = malloc(n); memcpy(d, s, n); return d; }

static void put(struct map *m, const char *key, int value);
static void grow(struct map *m) {
    struct slot *old = m->slots;
    size_t oldcap = m->cap;
    m->cap = m->cap ? m->cap * 2 : 8;
    m->slots = calloc(m->cap, sizeof *m->slots);
    m->count = m->tombs = 0;
    m->resizes++;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].state == 1) { put(m, old[i].key, old[i].value); free(old[i].key); }
        else if (old[i].state == 2) free(old[i].key);
    free(old);
}
static struct slot *find(struct map *m, const char *key) {
    if (!m->cap) return NULL;
    for (size_t i = fnv(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (m->slots[i].state == 0) return NULL;
        if (m->slots[i].state == 1 && strcmp(m->slots[i].key, key) == 0) return &m->slots[i];
    }
}
static void put(struct map *m, const char *key, int value) {
    struct slot *s = find(m, key);
    if (s) { s->value = value; return; }
    if ((m->count + m->tombs + 1) * 4 > m->cap * 3) grow(m);
    size_t i = fnv(key) & (m->cap - 1);
    while (m->slots[i].state == 1) i = (i + 1) & (m->cap - 1);
    if (m->slots[i].state == 2) { free(m->slots[i].key); m->tombs--; }
    m->slots[i].key = dupstr(key);
    m->slots[i].value = value;
    m->slots[i].state = 1;
    m->count++;
}
static int del(struct map *m, const char *key) {
    struct slot *s = find(m, key);
    if (!s) return 0;
    s->state = 2;
    m->count--;
    m->tombs++;
    return 1;
}

int main(void) {
    struct map m = {0};
    char key[32];
    for (int i = 0; i < 2000; i++) { sprintf(key, "item-%d", i * 7); put(&m, key, i); }
    printf("count=%zu cap=%zu resizes=%d\n", m.count, m.cap, m.resizes);
    int found = 0, sum = 0;
    for (int i = 0; i < 14000; i++) { sprintf(key, "item-%d", i); struct slot *s = find(&m, key); if (s) { found++; sum += s->value; } }
    printf("found=%d sum=%d\n", found, sum);
    int deleted = 0;
    for (int i = 0; i < 2000; i += 2) { sprintf(key, "item-%d", i * 7); deleted += del(&m, key); }
    printf("deleted=%d count=%zu tombs=%zu\n", deleted, m.count, m.tombs);
    for (int i = 0; i < 500; i++) { sprintf(key, "new-%d", i); put(&m, key, -i); }
    put(&m, "item-7", 4242);
    struct slot *s = find(&m, "item-7");
    printf("item-7=%d item-0=%s new-499=%d\n", s ? s->value : -1, find(&m, "item-0") ? "present" : "absent", find(&m, "new-499")->value);
    size_t maxrun = 0, run = 0, used = 0;
    for (size_t i = 0; i < m.cap; i++) {
        if (m.slots[i].state == 1) { used++; run++; if (run > maxrun) maxrun = run; } else run = 0;
    }
    printf("count=%zu cap=%zu tombs=%zu used=%zu longest cluster=%zu resizes=%d\n", m.count, m.cap, m.tombs, used, maxrun, m.resizes);
    for (size_t i = 0; i < m.cap; i++) if (m.slots[i].state) free(m.slots[i].key);
    free(m.slots);
    return 0;
}
