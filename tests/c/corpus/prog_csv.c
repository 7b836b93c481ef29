/* program: CSV reader over stdin with quoted fields, embedded commas/quotes, per-column numeric stats and a report */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXF 8

static int parse(const char *line, char fields[MAXF][64]) {
    int nf = 0;
    const char *p = line;
    for (;;) {
        char *out = fields[nf];
        int len = 0;
        if (*p == '"') {
            p++;
            for (;;) {
                if (*p == '"' && p[1] == '"') { if (len < 63) out[len++] = '"'; p += 2; }
                else if (*p == '"') { p++; break; }
                else if (!*p || *p == '\n') break;
                else { if (len < 63) out[len++] = *p; p++; }
            }
        }
        while (*p && *p != ',' && *p != '\n') { if (len < 63) out[len++] = *p; p++; }
        out[len] = 0;
        nf++;
        if (*p != ',' || nf == MAXF) break;
        p++;
    }
    return nf;
}

int main(void) {
    char line[512];
    char fields[MAXF][64], header[MAXF][64];
    int ncols = 0, rows = 0, bad = 0;
    double sum[MAXF] = {0}, mn[MAXF], mx[MAXF];
    int numeric[MAXF];
    if (!fgets(line, sizeof line, stdin)) return 1;
    ncols = parse(line, header);
    for (int i = 0; i < ncols; i++) { numeric[i] = 0; mn[i] = 1e300; mx[i] = -1e300; }
    printf("%d columns:", ncols);
    for (int i = 0; i < ncols; i++) printf(" [%s]", header[i]);
    printf("\n");
    while (fgets(line, sizeof line, stdin)) {
        if (line[0] == '\n') continue;
        int nf = parse(line, fields);
        if (nf != ncols) { printf("row %d: expected %d fields, got %d\n", rows + 1, ncols, nf); bad++; continue; }
        rows++;
        printf("row %d:", rows);
        for (int i = 0; i < nf; i++) {
            printf(" <%s>", fields[i]);
            char *end;
            double v = strtod(fields[i], &end);
            if (end != fields[i] && *end == 0) {
                numeric[i]++;
                sum[i] += v;
                if (v < mn[i]) mn[i] = v;
                if (v > mx[i]) mx[i] = v;
            }
        }
        printf("\n");
    }
    printf("%d rows, %d bad\n", rows, bad);
    for (int i = 0; i < ncols; i++)
        if (numeric[i] == rows && rows > 0)
            printf("%-8s sum=%.2f mean=%.3f min=%g max=%g\n", header[i], sum[i], sum[i] / rows, mn[i], mx[i]);
        else printf("%-8s (text, %d numeric)\n", header[i], numeric[i]);
    return bad ? 5 : 0;
}
