/* program: sorting algorithm zoo (insertion, selection, shell, merge, quick, heap, counting) on identical data, cross-checked */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define N 600

static long cmps;

static int lt(int a, int b) { cmps++; return a < b; }

static void insertion(int *a, int n) {
    for (int i = 1; i < n; i++) { int v = a[i], j = i - 1; while (j >= 0 && lt(v, a[j])) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
}
static void selection(int *a, int n) {
    for (int i = 0; i < n - 1; i++) { int m = i; for (int j = i + 1; j < n; j++) if (lt(a[j], a[m])) m = j; int t = a[i]; a[i] = a[m]; a[m] = t; }
}
static void shell(int *a, int n) {
    for (int gap = n / 2; gap > 0; gap /= 2)
        for (int i = gap; i < n; i++) { int v = a[i], j = i; while (j >= gap && lt(v, a[j - gap])) { a[j] = a[j - gap]; j -= gap; } a[j] = v; }
}
static void merge_rec(int *a, int *tmp, int lo, int hi) {
    if (hi - lo < 2) return;
    int mid = (lo + hi) / 2;
    merge_rec(a, tmp, lo, mid);
    merge_rec(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = lt(a[j], a[i]) ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a);
}
static void mergesort_(int *a, int n) { int *tmp = malloc((size_t)n * sizeof *tmp); merge_rec(a, tmp, 0, n); free(tmp); }
static void quick(int *a, int lo, int hi) {
    while (lo < hi) {
        int p = a[lo + (hi - lo) / 2], i = lo, j = hi;
        while (i <= j) {
            while (lt(a[i], p)) i++;
            while (lt(p, a[j])) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quick(a, lo, j); lo = i; } else { quick(a, i, hi); hi = j; }
    }
}
static void quicksort_(int *a, int n) { quick(a, 0, n - 1); }
static void sift(int *a, int n, int i) {
    for (;;) { int l = 2 * i + 1, r = l + 1, m = i; if (l < n && lt(a[m], a[l])) m = l; if (r < n && lt(a[m], a[r])) m = r; if (m == i) return; int t = a[i]; a[i] = a[m]; a[m] = t; i = m; }
}
static void heapsort_(int *a, int n) {
    for (int i = n / 2 - 1; i >= 0; i--) sift(a, n, i);
    for (int e = n - 1; e > 0; e--) { int t = a[0]; a[0] = a[e]; a[e] = t; sift(a, e, 0); }
}
static void counting(int *a, int n) {
    static int cnt[1000];
    memset(cnt, 0, sizeof cnt);
    for (int i = 0; i < n; i++) cnt[a[i]]++;
    int k = 0;
    for (int v = 0; v < 1000; v++) while (cnt[v]--) a[k++] = v;
}

int main(void) {
    static int orig[N], ref[N], work[N];
    const char *kinds[] = {"random", "sorted", "reversed", "few-unique", "organ-pipe"};
    struct { const char *name; void (*fn)(int *, int); } algs[] = {
        {"insertion", insertion}, {"selection", selection}, {"shell", shell}, {"merge", mergesort_},
        {"quick", quicksort_}, {"heap", heapsort_}, {"counting", counting}};
    uint32_t s = 31337;
    for (int k = 0; k < 5; k++) {
        for (int i = 0; i < N; i++) {
            s = s * 1664525u + 1013904223u;
            switch (k) {
            case 0: orig[i] = (int)(s % 1000u); break;
            case 1: orig[i] = i * 1000 / N; break;
            case 2: orig[i] = 999 - i * 1000 / N; break;
            case 3: orig[i] = (int)(s % 5u) * 100; break;
            case 4: orig[i] = i < N / 2 ? i : N - i; break;
            }
        }
        memcpy(ref, orig, sizeof ref);
        counting(ref, N);
        printf("%s:\n", kinds[k]);
        for (int a = 0; a < 7; a++) {
            memcpy(work, orig, sizeof work);
            cmps = 0;
            algs[a].fn(work, N);
            printf("  %-10s %s comparisons=%ld\n", algs[a].name, memcmp(work, ref, sizeof ref) == 0 ? "ok " : "BAD", cmps);
        }
        long sum = 0;
        for (int i = 0; i < N; i++) sum += (long)ref[i] * (i + 1);
        printf("  weighted sum %ld, min %d, max %d\n", sum, ref[0], ref[N - 1]);
    }
    return 0;
}
