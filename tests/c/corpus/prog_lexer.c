/* program: a C-subset lexer: identifiers, keywords, numbers (int/hex/float), strings with escapes, operators, comments */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

static const char *kw[] = {"int", "char", "return", "if", "else", "while", "for", "struct", "void", "static", "const", "unsigned", "sizeof"};

int main(void) {
    const char *src =
        "/* header comment */\n"
        "static const unsigned int MAX = 0x1F; // line comment\n"
        "int main(void) {\n"
        "    char *s = \"tab\\there \\\"quoted\\\"\\n\";\n"
        "    double d = 3.25e-2 + .5 - 1.;\n"
        "    for (int i = 0; i < MAX; i++) { if (i % 3 == 0 && i != 9) s[i] ^= 'x'; }\n"
        "    x <<= 2; y >>= 1; p->next = q ? a : b; c = '\\n'; return sizeof(struct node) >= 8 || !done;\n"
        "}\n";
    const char *ops[] = {"<<=", ">>=", "->", "++", "--", "<=", ">=", "==", "!=", "&&", "||", "^=", "+=", "-=", "<<", ">>"};
    int line = 1, counts[8] = {0};
    const char *kinds[] = {"ident", "keyword", "int", "float", "string", "char", "op", "punct"};
    const char *p = src;
    while (*p) {
        if (*p == '\n') { line++; p++; continue; }
        if (isspace((unsigned char)*p)) { p++; continue; }
        if (p[0] == '/' && p[1] == '*') { const char *e = strstr(p + 2, "*/"); for (; p < e; p++) if (*p == '\n') line++; p += 2; continue; }
        if (p[0] == '/' && p[1] == '/') { while (*p && *p != '\n') p++; continue; }
        const char *start = p;
        int kind;
        if (isalpha((unsigned char)*p) || *p == '_') {
            while (isalnum((unsigned char)*p) || *p == '_') p++;
            kind = 0;
            for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++)
                if (strlen(kw[k]) == (size_t)(p - start) && !strncmp(kw[k], start, (size_t)(p - start))) kind = 1;
        } else if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1]))) {
            kind = 2;
            if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) { p += 2; while (isxdigit((unsigned char)*p)) p++; }
            else {
                while (isdigit((unsigned char)*p)) p++;
                if (*p == '.') { kind = 3; p++; while (isdigit((unsigned char)*p)) p++; }
                if (*p == 'e' || *p == 'E') { kind = 3; p++; if (*p == '+' || *p == '-') p++; while (isdigit((unsigned char)*p)) p++; }
            }
        } else if (*p == '"' || *p == '\'') {
            char q = *p++;
            kind = q == '"' ? 4 : 5;
            while (*p && *p != q) { if (*p == '\\') p++; p++; }
            p++;
        } else {
            kind = 7;
            for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
                if (!strncmp(p, ops[k], strlen(ops[k]))) { p += strlen(ops[k]); kind = 6; break; }
            if (kind == 7) { if (strchr("+-*/%<>=!&|^~?:", *p)) kind = 6; p++; }
        }
        counts[kind]++;
        printf("%d:%-8s %.*s\n", line, kinds[kind], (int)(p - start), start);
    }
    printf("lines=%d", line - 1);
    for (int k = 0; k < 8; k++) printf(" %s=%d", kinds[k], counts[k]);
    printf("\n");
    return 0;
}
