/* program: RPN calculator over stdin tokens (integers and commands), stack errors reported, exits with the error count */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static long stack[64];
static int sp;
static int errors;

static int need(int n, const char *op) {
    if (sp < n) { printf("  error: '%s' needs %d operand(s), stack has %d\n", op, n, sp); errors++; return 0; }
    return 1;
}

int main(void) {
    char tok[64];
    int line = 1, c, len = 0;
    for (;;) {
        c = getchar();
        if (c != EOF && !isspace(c)) { if (len < 63) tok[len++] = (char)c; continue; }
        if (len) {
            tok[len] = 0;
            len = 0;
            char *end;
            long v = strtol(tok, &end, 0);
            if (*end == 0) { if (sp < 64) stack[sp++] = v; else { printf("  error: overflow\n"); errors++; } }
            else if (!strcmp(tok, "+")) { if (need(2, tok)) { sp--; stack[sp - 1] += stack[sp]; } }
            else if (!strcmp(tok, "-")) { if (need(2, tok)) { sp--; stack[sp - 1] -= stack[sp]; } }
            else if (!strcmp(tok, "*")) { if (need(2, tok)) { sp--; stack[sp - 1] *= stack[sp]; } }
            else if (!strcmp(tok, "/")) {
                if (need(2, tok)) {
                    if (stack[sp - 1] == 0) { printf("  error: division by zero\n"); errors++; }
                    else { sp--; stack[sp - 1] /= stack[sp]; }
                }
            }
            else if (!strcmp(tok, "neg")) { if (need(1, tok)) stack[sp - 1] = -stack[sp - 1]; }
            else if (!strcmp(tok, "dup")) { if (need(1, tok) && sp < 64) { stack[sp] = stack[sp - 1]; sp++; } }
            else if (!strcmp(tok, "swap")) { if (need(2, tok)) { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } }
            else if (!strcmp(tok, "sum")) { long s = 0; while (sp) s += stack[--sp]; stack[sp++] = s; }
            else if (!strcmp(tok, "p")) { if (need(1, tok)) printf("  line %d: %ld\n", line, stack[sp - 1]); }
            else if (!strcmp(tok, "stack")) { printf("  [%d]", sp); for (int i = 0; i < sp; i++) printf(" %ld", stack[i]); printf("\n"); }
            else if (!strcmp(tok, "clear")) sp = 0;
            else { printf("  error: unknown token '%s'\n", tok); errors++; }
        }
        if (c == '\n') line++;
        if (c == EOF) break;
    }
    printf("%d lines, final depth %d, %d errors\n", line - 1, sp, errors);
    return errors;
}
