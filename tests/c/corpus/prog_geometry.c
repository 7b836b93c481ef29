/* program: computational geometry on integer points: convex hull (monotone chain), area, perimeter, point-in-polygon */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

typedef struct { long x, y; } P;
static int cmp(const void *a, const void *b) {
    const P *p = a, *q = b;
    if (p->x != q->x) return p->x < q->x ? -1 : 1;
    return (p->y > q->y) - (p->y < q->y);
}
static long cross(P o, P a, P b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

static int hull(P *pts, int n, P *h) {
    qsort(pts, (size_t)n, sizeof *pts, cmp);
    int k = 0;
    for (int i = 0; i < n; i++) { while (k >= 2 && cross(h[k - 2], h[k - 1], pts[i]) <= 0) k--; h[k++] = pts[i]; }
    for (int i = n - 2, t = k + 1; i >= 0; i--) { while (k >= t && cross(h[k - 2], h[k - 1], pts[i]) <= 0) k--; h[k++] = pts[i]; }
    return k - 1;
}
static int inside(const P *poly, int n, P p) {
    int in = 0;
    for (int i = 0, j = n - 1; i < n; j = i++)
        if ((poly[i].y > p.y) != (poly[j].y > p.y)) {
            /* compare p.x < x-intersection using exact integer arithmetic */
            long num = (poly[j].x - poly[i].x) * (p.y - poly[i].y);
            long den = poly[j].y - poly[i].y;
            long lhs = (p.x - poly[i].x) * den;
            if (den > 0 ? lhs < num : lhs > num) in = !in;
        }
    return in;
}

int main(void) {
    P pts[200], h[201];
    unsigned s = 2718;
    int n = 0;
    for (int i = 0; i < 150; i++) {
        s = s * 1103515245u + 12345u;
        long x = (long)((s >> 16) % 201) - 100;
        s = s * 1103515245u + 12345u;
        long y = (long)((s >> 16) % 201) - 100;
        if (x * x + y * y <= 10000) pts[n++] = (P){x, y};
    }
    pts[n++] = (P){0, 0};
    pts[n++] = (P){0, 0};
    int k = hull(pts, n, h);
    printf("%d points, hull has %d vertices:\n", n, k);
    for (int i = 0; i < k; i++) printf(" (%ld,%ld)", h[i].x, h[i].y);
    printf("\n");
    long area2 = 0;
    double per = 0;
    for (int i = 0; i < k; i++) {
        P a = h[i], b = h[(i + 1) % k];
        area2 += a.x * b.y - a.y * b.x;
        per += hypot((double)(b.x - a.x), (double)(b.y - a.y));
    }
    printf("area = %ld.%s perimeter = %.6f\n", area2 / 2, area2 % 2 ? "5" : "0", per);
    P probes[] = {{0, 0}, {99, 0}, {100, 100}, {-50, 50}, {0, -99}, {70, 70}};
    for (int i = 0; i < 6; i++) printf("(%ld,%ld) inside hull: %d\n", probes[i].x, probes[i].y, inside(h, k, probes[i]));
    P square[] = {{0, 0}, {4, 0}, {4, 4}, {0, 4}, {2, 2}, {1, 3}, {3, 1}, {4, 2}};
    k = hull(square, 8, h);
    printf("square hull %d:", k);
    for (int i = 0; i < k; i++) printf(" (%ld,%ld)", h[i].x, h[i].y);
    printf("\n");
    return 0;
}
