/* whole program: a character-level state machine that strips C comments and counts lines, words and string literals */
#include <stdio.h>

enum state { CODE, SLASH, LINE_COMMENT, BLOCK_COMMENT, BLOCK_STAR, STRING, STRING_ESC, CHARLIT, CHAR_ESC };

int main(void) {
    const char *input =
        "int a = 1; // set a\n"
        "/* multi\n   line */ int b = 2;\n"
        "char *s = \"not // a comment /* either */\";\n"
        "char c = '\\'';  int d = a / b; /* x */ /* y **/\n"
        "puts(\"esc \\\" quote\"); // done\n";
    char out[512];
    int n = 0;
    enum state st = CODE;
    int comments = 0, strings = 0, transitions = 0;
    const char *p;
    for (p = input; *p; p++) {
        char c = *p;
        enum state prev = st;
        switch (st) {
        case CODE:
            if (c == '/') st = SLASH;
            else { out[n++] = c; if (c == '"') { st = STRING; strings++; } else if (c == '\'') st = CHARLIT; }
            break;
        case SLASH:
            if (c == '/') { st = LINE_COMMENT; comments++; }
            else if (c == '*') { st = BLOCK_COMMENT; comments++; }
            else { out[n++] = '/'; out[n++] = c; st = CODE; }
            break;
        case LINE_COMMENT:
            if (c == '\n') { out[n++] = c; st = CODE; }
            break;
        case BLOCK_COMMENT:
            if (c == '*') st = BLOCK_STAR;
            else if (c == '\n') out[n++] = c;
            break;
        case BLOCK_STAR:
            if (c == '/') { st = CODE; out[n++] = ' '; }
            else if (c != '*') st = BLOCK_COMMENT;
            break;
        case STRING:
            out[n++] = c;
            if (c == '\\') st = STRING_ESC; else if (c == '"') st = CODE;
            break;
        case STRING_ESC: out[n++] = c; st = STRING; break;
        case CHARLIT:
            out[n++] = c;
            if (c == '\\') st = CHAR_ESC; else if (c == '\'') st = CODE;
            break;
        case CHAR_ESC: out[n++] = c; st = CHARLIT; break;
        }
        if (st != prev) transitions++;
    }
    out[n] = '\0';
    fputs(out, stdout);
    int lines = 0, words = 0, inword = 0, i;
    for (i = 0; i < n; i++) {
        if (out[i] == '\n') lines++;
        int sp = out[i] == ' ' || out[i] == '\n' || out[i] == '\t';
        if (!sp && !inword) words++;
        inword = !sp;
    }
    printf("comments=%d strings=%d transitions=%d lines=%d words=%d final_state=%d\n", comments, strings, transitions, lines, words, st);
    return 0;
}
