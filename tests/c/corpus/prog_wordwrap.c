/* program: text formatter reading stdin: greedy word wrap at 40 columns, paragraphs, justified and centered output */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

#define WIDTH 40
#define MAXW 400

static char words[MAXW][48];
static int nwords;

static void emit_line(int from, int to, int justify, int last) {
    int len = 0;
    for (int i = from; i < to; i++) len += (int)strlen(words[i]);
    int gaps = to - from - 1;
    int spaces = WIDTH - len;
    printf("|");
    int used = 0;
    for (int i = from; i < to; i++) {
        fputs(words[i], stdout);
        used += (int)strlen(words[i]);
        if (i < to - 1) {
            int n = 1;
            if (justify && !last && gaps > 0) {
                int k = i - from;
                n = spaces / gaps + (k < spaces % gaps ? 1 : 0);
            }
            for (int s = 0; s < n; s++) putchar(' ');
            used += n;
        }
    }
    for (; used < WIDTH; used++) putchar(' ');
    printf("|\n");
}

static void flush_paragraph(int justify) {
    if (!nwords) return;
    int i = 0;
    while (i < nwords) {
        int len = (int)strlen(words[i]);
        int j = i + 1;
        while (j < nwords && len + 1 + (int)strlen(words[j]) <= WIDTH) { len += 1 + (int)strlen(words[j]); j++; }
        emit_line(i, j, justify, j == nwords);
        i = j;
    }
    nwords = 0;
}

int main(void) {
    char line[256];
    int paragraphs = 0, total_words = 0;
    static char saved[64][256];
    int nsaved = 0;
    while (fgets(line, sizeof line, stdin)) {
        if (nsaved < 64) strcpy(saved[nsaved++], line);
    }
    for (int pass = 0; pass < 2; pass++) {
        printf(pass ? "== justified ==\n" : "== ragged ==\n");
        for (int l = 0; l < nsaved; l++) {
            strcpy(line, saved[l]);
            char *t = strtok(line, " \t\n");
            if (!t) { flush_paragraph(pass); if (!pass) paragraphs++; printf("|%*s|\n", WIDTH, ""); continue; }
            for (; t; t = strtok(NULL, " \t\n")) {
                if (nwords < MAXW) {
                    strncpy(words[nwords], t, 40);
                    words[nwords][40] = 0;
                    nwords++;
                    if (!pass) total_words++;
                }
            }
        }
        flush_paragraph(pass);
        if (!pass) paragraphs++;
    }
    const char *title = "THE END";
    int pad = (WIDTH - (int)strlen(title)) / 2;
    printf("|%*s%s%*s|\n", pad, "", title, WIDTH - pad - (int)strlen(title), "");
    printf("paragraphs=%d words=%d\n", paragraphs, total_words);
    return 0;
}
