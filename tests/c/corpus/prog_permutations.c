/* program: permutations in lexicographic order (next_permutation), combinations, derangements and Heap's algorithm count */
#include <stdio.h>

static int next_perm(int *a, int n) {
    int i = n - 2;
    while (i >= 0 && a[i] >= a[i + 1]) i--;
    if (i < 0) return 0;
    int j = n - 1;
    while (a[j] <= a[i]) j--;
    int t = a[i]; a[i] = a[j]; a[j] = t;
    for (int l = i + 1, r = n - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
    return 1;
}

static long heap_count;
static unsigned long heap_hash;
static void heap_perm(int *a, int k, int n) {
    if (k == 1) {
        heap_count++;
        for (int i = 0; i < n; i++) heap_hash = heap_hash * 31 + (unsigned long)a[i];
        return;
    }
    heap_perm(a, k - 1, n);
    for (int i = 0; i < k - 1; i++) {
        if (k % 2 == 0) { int t = a[i]; a[i] = a[k - 1]; a[k - 1] = t; }
        else { int t = a[0]; a[0] = a[k - 1]; a[k - 1] = t; }
        heap_perm(a, k - 1, n);
    }
}

static void combos(int n, int k, int start, int *cur, int depth, int *count) {
    if (depth == k) {
        (*count)++;
        if (*count <= 12) { printf(" {"); for (int i = 0; i < k; i++) printf("%s%d", i ? "," : "", cur[i]); printf("}"); }
        return;
    }
    for (int i = start; i <= n; i++) { cur[depth] = i; combos(n, k, i + 1, cur, depth + 1, count); }
}

int main(void) {
    int a[4] = {1, 2, 3, 4};
    int count = 0;
    do {
        printf("%d%d%d%d%c", a[0], a[1], a[2], a[3], ++count % 8 == 0 ? '\n' : ' ');
    } while (next_perm(a, 4));
    printf("total %d\n", count);
    int m[5] = {1, 1, 2, 2, 3};
    count = 0;
    do count++; while (next_perm(m, 5));
    printf("multiset {1,1,2,2,3} permutations: %d\n", count);
    int d[7];
    for (int n = 1; n <= 7; n++) {
        for (int i = 0; i < n; i++) d[i] = i;
        int der = 0;
        do {
            int ok = 1;
            for (int i = 0; i < n; i++) if (d[i] == i) ok = 0;
            der += ok;
        } while (next_perm(d, n));
        printf("derangements(%d)=%d\n", n, der);
    }
    int h[8] = {0, 1, 2, 3, 4, 5, 6, 7};
    heap_perm(h, 8, 8);
    printf("heap's algorithm: %ld permutations, hash %lu\n", heap_count, heap_hash);
    int cur[10];
    int c = 0;
    printf("C(6,3):");
    combos(6, 3, 1, cur, 0, &c);
    printf(" ... total %d\n", c);
    c = 0;
    printf("C(10,4):");
    combos(10, 4, 1, cur, 0, &c);
    printf(" ... total %d\n", c);
    return 0;
}
