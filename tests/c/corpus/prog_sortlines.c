/* program: sort stdin lines (like sort | uniq -c) with qsort on strings, case-insensitive and by length variants */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static int cmp_ci(const void *a, const void *b) {
    const char *x = *(char *const *)a, *y = *(char *const *)b;
    for (;; x++, y++) {
        int cx = tolower((unsigned char)*x), cy = tolower((unsigned char)*y);
        if (cx != cy || !cx) { if (cx != cy) return cx - cy; break; }
    }
    return strcmp(*(char *const *)a, *(char *const *)b);
}
static int cmp_len(const void *a, const void *b) {
    size_t la = strlen(*(char *const *)a), lb = strlen(*(char *const *)b);
    if (la != lb) return la < lb ? -1 : 1;
    return cmp_str(a, b);
}

int main(void) {
    char *lines[256];
    int n = 0;
    char buf[256];
    while (n < 256 && fgets(buf, sizeof buf, stdin)) {
        buf[strcspn(buf, "\r\n")] = 0;
        size_t len = strlen(buf) + 1;
        lines[n] = malloc(len);
        memcpy(lines[n], buf, len);
        n++;
    }
    qsort(lines, (size_t)n, sizeof *lines, cmp_str);
    printf("== sorted with counts ==\n");
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && strcmp(lines[i], lines[j]) == 0) j++;
        printf("%4d [%s]\n", j - i, lines[i]);
        i = j;
    }
    qsort(lines, (size_t)n, sizeof *lines, cmp_ci);
    printf("== case-insensitive ==\n");
    for (int i = 0; i < n; i++) printf("[%s]\n", lines[i]);
    qsort(lines, (size_t)n, sizeof *lines, cmp_len);
    printf("== by length ==\n");
    for (int i = 0; i < n; i++) printf("%2zu [%s]\n", strlen(lines[i]), lines[i]);
    for (int i = 0; i < n; i++) free(lines[i]);
    return 0;
}
