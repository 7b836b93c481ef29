/* program: longest common subsequence with reconstruction, edit distance, and a line diff */
#include <stdio.h>
#include <string.h>

static int L[64][64];

static void lcs(const char *a, const char *b) {
    int n = (int)strlen(a), m = (int)strlen(b);
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++)
            L[i][j] = (i == 0 || j == 0) ? 0 : a[i - 1] == b[j - 1] ? L[i - 1][j - 1] + 1 : (L[i - 1][j] > L[i][j - 1] ? L[i - 1][j] : L[i][j - 1]);
    char out[64];
    int k = L[n][m];
    out[k] = 0;
    for (int i = n, j = m; i > 0 && j > 0;) {
        if (a[i - 1] == b[j - 1]) { out[--k] = a[i - 1]; i--; j--; }
        else if (L[i - 1][j] >= L[i][j - 1]) i--;
        else j--;
    }
    printf("lcs(\"%s\", \"%s\") = %d \"%s\"\n", a, b, L[n][m], out);
}

static int edit(const char *a, const char *b) {
    int n = (int)strlen(a), m = (int)strlen(b);
    static int d[64][64];
    for (int i = 0; i <= n; i++) d[i][0] = i;
    for (int j = 0; j <= m; j++) d[0][j] = j;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) {
            int best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best) best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            d[i][j] = best;
        }
    return d[n][m];
}

static void diff(const char **a, int n, const char **b, int m) {
    static int T[32][32];
    for (int i = n; i >= 0; i--)
        for (int j = m; j >= 0; j--)
            T[i][j] = (i == n || j == m) ? 0 : strcmp(a[i], b[j]) == 0 ? T[i + 1][j + 1] + 1 : (T[i + 1][j] > T[i][j + 1] ? T[i + 1][j] : T[i][j + 1]);
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && strcmp(a[i], b[j]) == 0) { printf("  %s\n", a[i]); i++; j++; }
        else if (j < m && (i == n || T[i][j + 1] >= T[i + 1][j])) { printf("+ %s\n", b[j]); j++; }
        else { printf("- %s\n", a[i]); i++; }
    }
}

int main(void) {
    lcs("ABCBDAB", "BDCABA");
    lcs("AGGTAB", "GXTXAYB");
    lcs("", "abc");
    lcs("same", "same");
    lcs("the quick brown fox", "a quick brown dog jumps");
    const char *pairs[][2] = {{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"intention", "execution"}, {"abc", "abc"}, {"sunday", "saturday"}};
    for (int i = 0; i < 6; i++) printf("edit(\"%s\", \"%s\") = %d\n", pairs[i][0], pairs[i][1], edit(pairs[i][0], pairs[i][1]));
    const char *old[] = {"#include <stdio.h>", "", "int main(void) {", "    printf(\"hi\\n\");", "    return 0;", "}"};
    const char *new[] = {"#include <stdio.h>", "#include <stdlib.h>", "", "int main(void) {", "    puts(\"hi\");", "    return 0;", "}", ""};
    diff(old, 6, new, 8);
    return 0;
}
