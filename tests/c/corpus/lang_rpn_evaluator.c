/* whole program: shunting-yard infix to RPN conversion and a stack-based RPN evaluator */
#include <stdio.h>
#include <ctype.h>
#include <string.h>

enum { MAXTOK = 64 };
struct token { char kind; long value; }; /* kind: 'n' number, or operator char */

static int prec(char op) {
    switch (op) {
    case '^': return 4;
    case '*': case '/': case '%': return 3;
    case '+': case '-': return 2;
    default: return 0;
    }
}
static int right_assoc(char op) { return op == '^'; }

static int to_rpn(const char *s, struct token *out) {
    char ops[MAXTOK];
    int nops = 0, n = 0;
    while (*s) {
        if (isspace((unsigned char)*s)) { s++; continue; }
        if (isdigit((unsigned char)*s)) {
            long v = 0;
            while (isdigit((unsigned char)*s)) v = v * 10 + (*s++ - '0');
            out[n].kind = 'n'; out[n].value = v; n++;
            continue;
        }
        char c = *s++;
        if (c == '(') ops[nops++] = c;
        else if (c == ')') {
            while (nops > 0 && ops[nops - 1] != '(') { out[n].kind = ops[--nops]; n++; }
            if (nops > 0) nops--;
        } else {
            while (nops > 0 && ops[nops - 1] != '(' &&
                   (prec(ops[nops - 1]) > prec(c) || (prec(ops[nops - 1]) == prec(c) && !right_assoc(c)))) {
                out[n].kind = ops[--nops]; n++;
            }
            ops[nops++] = c;
        }
    }
    while (nops > 0) { out[n].kind = ops[--nops]; n++; }
    return n;
}

static long ipow(long b, long e) { long r = 1; while (e-- > 0) r *= b; return r; }

static int eval_rpn(const struct token *t, int n, long *result) {
    long stack[MAXTOK];
    int sp = 0, i;
    for (i = 0; i < n; i++) {
        if (t[i].kind == 'n') { stack[sp++] = t[i].value; continue; }
        if (sp < 2) return -1;
        long b = stack[--sp], a = stack[--sp], r;
        switch (t[i].kind) {
        case '+': r = a + b; break;
        case '-': r = a - b; break;
        case '*': r = a * b; break;
        case '/': if (b == 0) return -2; r = a / b; break;
        case '%': if (b == 0) return -2; r = a % b; break;
        case '^': r = ipow(a, b); break;
        default: return -3;
        }
        stack[sp++] = r;
    }
    if (sp != 1) return -1;
    *result = stack[0];
    return 0;
}

int main(void) {
    const char *exprs[] = {
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2", "100 / 7 % 4", "10 - 4 - 3",
        "((15 / (7 - (1 + 1))) * 3) - (2 + (1 + 1))", "7 / 0", "1 +", "123456789 * 1000", "0",
    };
    unsigned i;
    for (i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
        struct token toks[MAXTOK];
        int n = to_rpn(exprs[i], toks), k;
        printf("%-45s rpn:", exprs[i]);
        for (k = 0; k < n; k++) {
            if (toks[k].kind == 'n') printf(" %ld", toks[k].value);
            else printf(" %c", toks[k].kind);
        }
        long r;
        int err = eval_rpn(toks, n, &r);
        if (err) printf("  => error %d\n", err);
        else printf("  => %ld\n", r);
    }
    return 0;
}
