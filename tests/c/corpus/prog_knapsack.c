/* program: dynamic programming: 0/1 knapsack with item reconstruction, coin change (ways and min coins), LIS */
#include <stdio.h>

int main(void) {
    int w[] = {12, 7, 11, 8, 9, 6, 5, 14, 3, 10, 4, 13};
    int v[] = {24, 13, 23, 15, 16, 11, 8, 30, 5, 19, 7, 27};
    int n = 12, cap = 50;
    static int dp[13][51];
    for (int i = 1; i <= n; i++)
        for (int c = 0; c <= cap; c++) {
            dp[i][c] = dp[i - 1][c];
            if (w[i - 1] <= c && dp[i - 1][c - w[i - 1]] + v[i - 1] > dp[i][c]) dp[i][c] = dp[i - 1][c - w[i - 1]] + v[i - 1];
        }
    printf("knapsack best value=%d\nitems:", dp[n][cap]);
    int c = cap, tw = 0;
    for (int i = n; i >= 1; i--)
        if (dp[i][c] != dp[i - 1][c]) { printf(" #%d(w%d,v%d)", i - 1, w[i - 1], v[i - 1]); c -= w[i - 1]; tw += w[i - 1]; }
    printf("\ntotal weight=%d\n", tw);
    for (int cc = 0; cc <= cap; cc += 10) printf("cap %d -> %d\n", cc, dp[n][cc]);
    int coins[] = {1, 2, 5, 10, 20, 50, 100, 200};
    static long long ways[1001];
    ways[0] = 1;
    for (int k = 0; k < 8; k++)
        for (int a = coins[k]; a <= 1000; a++) ways[a] += ways[a - coins[k]];
    printf("ways to make 200: %lld, 1000: %lld\n", ways[200], ways[1000]);
    int denom[] = {1, 7, 10, 22};
    static int best[200];
    for (int a = 1; a < 200; a++) {
        best[a] = 1 << 20;
        for (int k = 0; k < 4; k++) if (denom[k] <= a && best[a - denom[k]] + 1 < best[a]) best[a] = best[a - denom[k]] + 1;
    }
    printf("min coins {1,7,10,22}:");
    for (int a = 10; a < 200; a += 17) printf(" %d:%d", a, best[a]);
    printf("\n");
    int seq[] = {10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 11, 15, 1, 20};
    int m = 16, lis[16], prev[16], bi = 0;
    for (int i = 0; i < m; i++) {
        lis[i] = 1; prev[i] = -1;
        for (int j = 0; j < i; j++) if (seq[j] < seq[i] && lis[j] + 1 > lis[i]) { lis[i] = lis[j] + 1; prev[i] = j; }
        if (lis[i] > lis[bi]) bi = i;
    }
    int out[16], k = 0;
    for (int i = bi; i >= 0; i = prev[i]) out[k++] = seq[i];
    printf("LIS length %d:", lis[bi]);
    while (k) printf(" %d", out[--k]);
    printf("\n");
    return 0;
}
