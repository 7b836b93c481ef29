/* program: binary max-heap priority queue of tasks (priority, id) and an in-place heapsort, with checks */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

struct task { int prio; int id; };
static struct task pq[512];
static int pqn;

static int higher(struct task a, struct task b) { return a.prio > b.prio || (a.prio == b.prio && a.id < b.id); }
static void swap(struct task *a, struct task *b) { struct task t = *a; *a = *b; *b = t; }
static void push(struct task t) {
    int i = pqn++;
    pq[i] = t;
    while (i && higher(pq[i], pq[(i - 1) / 2])) { swap(&pq[i], &pq[(i - 1) / 2]); i = (i - 1) / 2; }
}
static struct task pop(void) {
    struct task top = pq[0];
    pq[0] = pq[--pqn];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < pqn && higher(pq[l], pq[m])) m = l;
        if (r < pqn && higher(pq[r], pq[m])) m = r;
        if (m == i) break;
        swap(&pq[i], &pq[m]);
        i = m;
    }
    return top;
}

static void sift(int *a, int n, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && a[l] > a[m]) m = l;
        if (r < n && a[r] > a[m]) m = r;
        if (m == i) return;
        int t = a[i]; a[i] = a[m]; a[m] = t;
        i = m;
    }
}
static void heapsort(int *a, int n) {
    for (int i = n / 2 - 1; i >= 0; i--) sift(a, n, i);
    for (int end = n - 1; end > 0; end--) {
        int t = a[0]; a[0] = a[end]; a[end] = t;
        sift(a, end, 0);
    }
}

int main(void) {
    uint32_t s = 99;
    for (int i = 0; i < 40; i++) {
        s = s * 1664525u + 1013904223u;
        push((struct task){(int)(s >> 28), i});
    }
    printf("popping 40 tasks (prio:id):\n");
    int last = 100, ok = 1;
    for (int i = 0; i < 40; i++) {
        struct task t = pop();
        if (t.prio > last) ok = 0;
        last = t.prio;
        printf("%2d:%-2d%s", t.prio, t.id, i % 10 == 9 ? "\n" : "  ");
    }
    printf("order ok=%d\n", ok);
    /* interleaved push/pop simulation */
    long checksum = 0;
    for (int round = 0; round < 300; round++) {
        s = s * 1664525u + 1013904223u;
        push((struct task){(int)(s % 1000), round});
        if (round % 3 == 2) { struct task t = pop(); checksum = checksum * 7 % 1000003 + t.prio * 1000 + t.id; }
    }
    printf("remaining=%d checksum=%ld\n", pqn, checksum);
    static int a[2000];
    for (int i = 0; i < 2000; i++) { s = s * 1664525u + 1013904223u; a[i] = (int)(s % 20001u) - 10000; }
    heapsort(a, 2000);
    int sorted = 1;
    for (int i = 1; i < 2000; i++) sorted &= a[i - 1] <= a[i];
    printf("heapsort sorted=%d first=%d mid=%d last=%d\n", sorted, a[0], a[1000], a[1999]);
    for (int i = 0; i < 2000; i += 200) printf("%d ", a[i]);
    printf("\n");
    return 0;
}
