/* whole program: a tokenizer for a small C-like language with keywords, numbers, strings, operators, comments */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

enum kind { TK_IDENT, TK_KEYWORD, TK_INT, TK_FLOAT, TK_STRING, TK_CHAR, TK_OP, TK_EOF, TK_ERROR };
static const char *kind_names[] = { "ident", "keyword", "int", "float", "string", "char", "op", "eof", "error" };
static const char *keywords[] = { "if", "else", "while", "return", "int", "char", "for" };
static const char *ops3[] = { "<<=", ">>=", "..." };
static const char *ops2[] = { "==", "!=", "<=", ">=", "&&", "||", "++", "--", "->", "+=", "-=", "<<", ">>" };

struct token { enum kind kind; const char *start; int len; int line; };

static const char *src;
static int line = 1;

static int is_keyword(const char *s, int len) {
    unsigned i;
    for (i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if ((int)strlen(keywords[i]) == len && strncmp(keywords[i], s, (size_t)len) == 0) return 1;
    return 0;
}

static struct token next(void) {
    struct token t;
    for (;;) {
        while (*src == ' ' || *src == '\t' || *src == '\n') { if (*src == '\n') line++; src++; }
        if (src[0] == '/' && src[1] == '/') { while (*src && *src != '\n') src++; continue; }
        if (src[0] == '/' && src[1] == '*') {
            src += 2;
            while (*src && !(src[0] == '*' && src[1] == '/')) { if (*src == '\n') line++; src++; }
            if (*src) src += 2;
            continue;
        }
        break;
    }
    t.start = src; t.line = line;
    if (!*src) { t.kind = TK_EOF; t.len = 0; return t; }
    if (isalpha((unsigned char)*src) || *src == '_') {
        while (isalnum((unsigned char)*src) || *src == '_') src++;
        t.len = (int)(src - t.start);
        t.kind = is_keyword(t.start, t.len) ? TK_KEYWORD : TK_IDENT;
        return t;
    }
    if (isdigit((unsigned char)*src)) {
        t.kind = TK_INT;
        if (src[0] == '0' && (src[1] == 'x' || src[1] == 'X')) { src += 2; while (isxdigit((unsigned char)*src)) src++; }
        else {
            while (isdigit((unsigned char)*src)) src++;
            if (*src == '.') { t.kind = TK_FLOAT; src++; while (isdigit((unsigned char)*src)) src++; }
            if (*src == 'e' || *src == 'E') { t.kind = TK_FLOAT; src++; if (*src == '-' || *src == '+') src++; while (isdigit((unsigned char)*src)) src++; }
        }
        t.len = (int)(src - t.start);
        return t;
    }
    if (*src == '"' || *src == '\'') {
        char q = *src++;
        while (*src && *src != q) { if (*src == '\\' && src[1]) src++; src++; }
        if (*src != q) { t.kind = TK_ERROR; t.len = (int)(src - t.start); return t; }
        src++;
        t.kind = q == '"' ? TK_STRING : TK_CHAR;
        t.len = (int)(src - t.start);
        return t;
    }
    unsigned i;
    for (i = 0; i < sizeof ops3 / sizeof *ops3; i++)
        if (strncmp(src, ops3[i], 3) == 0) { src += 3; t.kind = TK_OP; t.len = 3; return t; }
    for (i = 0; i < sizeof ops2 / sizeof *ops2; i++)
        if (strncmp(src, ops2[i], 2) == 0) { src += 2; t.kind = TK_OP; t.len = 2; return t; }
    if (strchr("+-*/%=<>!&|^~?:;,.()[]{}", *src)) { src++; t.kind = TK_OP; t.len = 1; return t; }
    src++;
    t.kind = TK_ERROR; t.len = 1;
    return t;
}

int main(void) {
    src = "int main(void) {\n"
          "  // comment line\n"
          "  int x = 0x1F + 42 * 3.5e-2;\n"
          "  /* block\n     comment */ if (x >= 10 && y != 'a') x <<= 2;\n"
          "  char *s = \"str\\\"ing\"; s->next++; return x ... @ 1.5;\n"
          "}\n";
    int counts[9] = { 0 };
    struct token t;
    do {
        t = next();
        counts[t.kind]++;
        printf("%2d %-7s '%.*s'\n", t.line, kind_names[t.kind], t.len, t.start);
    } while (t.kind != TK_EOF);
    int i;
    for (i = 0; i < 9; i++) printf("%s=%d ", kind_names[i], counts[i]);
    printf("\n");
    return 0;
}
