/* program: graph algorithms: topological sort (Kahn), Kruskal MST with union-find, Floyd-Warshall, connected components */
#include <stdio.h>
#include <stdlib.h>

static int parent[64], rnk[64];
static int findp(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
static int unite(int a, int b) {
    a = findp(a); b = findp(b);
    if (a == b) return 0;
    if (rnk[a] < rnk[b]) { int t = a; a = b; b = t; }
    parent[b] = a;
    if (rnk[a] == rnk[b]) rnk[a]++;
    return 1;
}
struct edge { int u, v, w; };
static int cmp_edge(const void *a, const void *b) {
    const struct edge *x = a, *y = b;
    if (x->w != y->w) return x->w - y->w;
    if (x->u != y->u) return x->u - y->u;
    return x->v - y->v;
}

int main(void) {
    /* topological sort of course prerequisites */
    const char *names[] = {"intro", "datastructs", "algorithms", "discrete", "compilers", "os", "networks", "theory", "ml", "linalg"};
    int deps[][2] = {{0, 1}, {1, 2}, {3, 2}, {2, 4}, {1, 5}, {5, 6}, {3, 7}, {2, 7}, {9, 8}, {2, 8}, {0, 3}};
    int nd = (int)(sizeof deps / sizeof deps[0]);
    int indeg[10] = {0};
    for (int i = 0; i < nd; i++) indeg[deps[i][1]]++;
    int order[10], no = 0;
    int done[10] = {0};
    while (no < 10) {
        int pick = -1;
        for (int v = 0; v < 10; v++) if (!done[v] && indeg[v] == 0) { pick = v; break; } /* smallest index first */
        if (pick < 0) { printf("cycle!\n"); break; }
        done[pick] = 1;
        order[no++] = pick;
        for (int i = 0; i < nd; i++) if (deps[i][0] == pick) indeg[deps[i][1]]--;
    }
    printf("topological order:");
    for (int i = 0; i < no; i++) printf(" %s", names[order[i]]);
    printf("\n");
    /* Kruskal on a generated graph */
    enum { V = 30 };
    struct edge edges[400];
    int ne = 0;
    unsigned s = 5;
    for (int u = 0; u < V; u++)
        for (int v = u + 1; v < V; v++) {
            s = s * 1103515245u + 12345u;
            if ((s >> 16) % 5 == 0 && ne < 400) { s = s * 1103515245u + 12345u; edges[ne++] = (struct edge){u, v, 1 + (int)((s >> 16) % 100)}; }
        }
    qsort(edges, (size_t)ne, sizeof edges[0], cmp_edge);
    for (int i = 0; i < V; i++) { parent[i] = i; rnk[i] = 0; }
    int total = 0, used = 0;
    printf("MST edges:");
    for (int i = 0; i < ne; i++)
        if (unite(edges[i].u, edges[i].v)) { total += edges[i].w; used++; if (used <= 12) printf(" %d-%d(%d)", edges[i].u, edges[i].v, edges[i].w); }
    printf(" ...\nedges=%d used=%d total weight=%d\n", ne, used, total);
    int comps = 0;
    for (int i = 0; i < V; i++) comps += findp(i) == i;
    printf("components=%d\n", comps);
    /* Floyd-Warshall on an 8-node graph */
    enum { F = 8, INF = 1000000 };
    int d[F][F];
    for (int i = 0; i < F; i++) for (int j = 0; j < F; j++) d[i][j] = i == j ? 0 : INF;
    for (int i = 0; i < F; i++) { d[i][(i + 1) % F] = 3 + i; d[i][(i + 3) % F] = 10 - i; }
    d[5][0] = 1;
    for (int k = 0; k < F; k++)
        for (int i = 0; i < F; i++)
            for (int j = 0; j < F; j++)
                if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
    printf("all-pairs shortest paths:\n");
    for (int i = 0; i < F; i++) {
        for (int j = 0; j < F; j++) printf("%4d", d[i][j]);
        printf("\n");
    }
    return 0;
}
