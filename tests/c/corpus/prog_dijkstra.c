/* program: Dijkstra shortest paths on a generated weighted digraph (binary heap), with path reconstruction */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define N 80
#define INF 0x3fffffff

struct edge { int to, w; struct edge *next; };
static struct edge *adj[N];
static uint32_t seed = 2024;
static uint32_t rnd(void) { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7fff; }

static int heap_v[N * N], heap_d[N * N], hn;
static void hpush(int v, int d) {
    int i = hn++;
    heap_v[i] = v; heap_d[i] = d;
    while (i > 0) {
        int p = (i - 1) / 2;
        if (heap_d[p] < heap_d[i] || (heap_d[p] == heap_d[i] && heap_v[p] <= heap_v[i])) break;
        int tv = heap_v[p], td = heap_d[p];
        heap_v[p] = heap_v[i]; heap_d[p] = heap_d[i]; heap_v[i] = tv; heap_d[i] = td;
        i = p;
    }
}
static void hpop(int *v, int *d) {
    *v = heap_v[0]; *d = heap_d[0];
    hn--;
    heap_v[0] = heap_v[hn]; heap_d[0] = heap_d[hn];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < hn && (heap_d[l] < heap_d[m] || (heap_d[l] == heap_d[m] && heap_v[l] < heap_v[m]))) m = l;
        if (r < hn && (heap_d[r] < heap_d[m] || (heap_d[r] == heap_d[m] && heap_v[r] < heap_v[m]))) m = r;
        if (m == i) break;
        int tv = heap_v[m], td = heap_d[m];
        heap_v[m] = heap_v[i]; heap_d[m] = heap_d[i]; heap_v[i] = tv; heap_d[i] = td;
        i = m;
    }
}

int main(void) {
    int edges = 0;
    for (int u = 0; u < N; u++) {
        int deg = 2 + (int)(rnd() % 4);
        for (int k = 0; k < deg; k++) {
            struct edge *e = malloc(sizeof *e);
            e->to = (int)(rnd() % N);
            e->w = 1 + (int)(rnd() % 50);
            e->next = adj[u];
            adj[u] = e;
            edges++;
        }
    }
    int dist[N], prev[N], done[N] = {0};
    for (int i = 0; i < N; i++) { dist[i] = INF; prev[i] = -1; }
    dist[0] = 0;
    hpush(0, 0);
    int pops = 0;
    while (hn > 0) {
        int u, d;
        hpop(&u, &d);
        pops++;
        if (done[u]) continue;
        done[u] = 1;
        for (struct edge *e = adj[u]; e; e = e->next) {
            int nd = d + e->w;
            if (nd < dist[e->to] || (nd == dist[e->to] && u < prev[e->to])) {
                if (nd < dist[e->to]) hpush(e->to, nd);
                dist[e->to] = nd;
                prev[e->to] = u;
            }
        }
    }
    printf("nodes=%d edges=%d heap pops=%d\n", N, edges, pops);
    int reach = 0;
    long total = 0;
    for (int i = 0; i < N; i++) {
        if (dist[i] < INF) { reach++; total += dist[i]; }
    }
    for (int i = 0; i < N; i++) printf("d[%d]=%d%s", i, dist[i] < INF ? dist[i] : -1, i % 8 == 7 ? "\n" : " ");
    printf("reachable=%d total distance=%ld\n", reach, total);
    for (int t = N - 1; t >= N - 5; t--) {
        if (dist[t] >= INF) { printf("no path to %d\n", t); continue; }
        int path[N], len = 0;
        for (int v = t; v != -1; v = prev[v]) path[len++] = v;
        printf("path to %d (cost %d):", t, dist[t]);
        for (int i = len - 1; i >= 0; i--) printf(" %d", path[i]);
        printf("\n");
    }
    for (int u = 0; u < N; u++) {
        struct edge *e = adj[u];
        while (e) { struct edge *nx = e->next; free(e); e = nx; }
    }
    return 0;
}
