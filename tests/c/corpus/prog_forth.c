/* program: a tiny Forth interpreter (stack ops, arithmetic, colon definitions, if/else/then, do/loop, begin/until) */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <ctype.h>

#define MAXTOK 2048
#define MAXDEF 64

static char toks[MAXTOK][32];
static int ntok;
static long stack[256];
static int sp;
static long rstack[64];
static int rsp;
static struct { char name[32]; int start, end; } defs[MAXDEF];
static int ndefs;
static int errors;

static void push(long v) { if (sp < 256) stack[sp++] = v; else errors++; }
static long pop(void) { if (sp > 0) return stack[--sp]; errors++; return 0; }

static int find_def(const char *w) {
    for (int i = ndefs - 1; i >= 0; i--) if (strcmp(defs[i].name, w) == 0) return i;
    return -1;
}

/* find matching token for control structures, starting after position i */
static int match(int i, const char *open, const char *close, const char *mid, int *midpos) {
    int depth = 0;
    if (midpos) *midpos = -1;
    for (int j = i + 1; j < ntok; j++) {
        if (strcmp(toks[j], open) == 0) depth++;
        else if (strcmp(toks[j], close) == 0) { if (depth == 0) return j; depth--; }
        else if (mid && depth == 0 && strcmp(toks[j], mid) == 0 && midpos) *midpos = j;
    }
    return -1;
}

static void exec(int from, int to, int level) {
    if (level > 100) { errors++; return; }
    for (int i = from; i < to && !errors; i++) {
        const char *w = toks[i];
        char *end;
        long v = strtol(w, &end, 10);
        if (*w && *end == 0 && (isdigit((unsigned char)w[0]) || (w[0] == '-' && w[1]))) { push(v); continue; }
        int d = find_def(w);
        if (d >= 0) { exec(defs[d].start, defs[d].end, level + 1); continue; }
        if (strcmp(w, ":") == 0) {
            int j = i + 2;
            while (j < to && strcmp(toks[j], ";") != 0) j++;
            if (ndefs < MAXDEF) {
                strcpy(defs[ndefs].name, toks[i + 1]);
                defs[ndefs].start = i + 2;
                defs[ndefs].end = j;
                ndefs++;
            }
            i = j;
        } else if (strcmp(w, "+") == 0) { long b = pop(), a = pop(); push(a + b); }
        else if (strcmp(w, "-") == 0) { long b = pop(), a = pop(); push(a - b); }
        else if (strcmp(w, "*") == 0) { long b = pop(), a = pop(); push(a * b); }
        else if (strcmp(w, "/") == 0) { long b = pop(), a = pop(); if (b) push(a / b); else { errors++; } }
        else if (strcmp(w, "mod") == 0) { long b = pop(), a = pop(); if (b) push(a % b); else { errors++; } }
        else if (strcmp(w, "=") == 0) { long b = pop(), a = pop(); push(a == b ? -1 : 0); }
        else if (strcmp(w, "<") == 0) { long b = pop(), a = pop(); push(a < b ? -1 : 0); }
        else if (strcmp(w, ">") == 0) { long b = pop(), a = pop(); push(a > b ? -1 : 0); }
        else if (strcmp(w, "dup") == 0) { long a = pop(); push(a); push(a); }
        else if (strcmp(w, "drop") == 0) { pop(); }
        else if (strcmp(w, "swap") == 0) { long b = pop(), a = pop(); push(b); push(a); }
        else if (strcmp(w, "over") == 0) { long b = pop(), a = pop(); push(a); push(b); push(a); }
        else if (strcmp(w, "rot") == 0) { long c = pop(), b = pop(), a = pop(); push(b); push(c); push(a); }
        else if (strcmp(w, ".") == 0) printf("%ld ", pop());
        else if (strcmp(w, "emit") == 0) putchar((int)pop());
        else if (strcmp(w, "cr") == 0) putchar('\n');
        else if (strcmp(w, ".s") == 0) { printf("<%d>", sp); for (int k = 0; k < sp; k++) printf(" %ld", stack[k]); printf(" "); }
        else if (strcmp(w, "i") == 0) push(rsp > 0 ? rstack[rsp - 1] : 0);
        else if (strcmp(w, "if") == 0) {
            int elsepos, thenpos = match(i, "if", "then", "else", &elsepos);
            if (thenpos < 0) { errors++; return; }
            long cond = pop();
            if (cond) { exec(i + 1, elsepos >= 0 ? elsepos : thenpos, level + 1); }
            else if (elsepos >= 0) exec(elsepos + 1, thenpos, level + 1);
            i = thenpos;
        } else if (strcmp(w, "do") == 0) {
            int lp = match(i, "do", "loop", NULL, NULL);
            if (lp < 0) { errors++; return; }
            long start = pop(), limit = pop();
            for (long k = start; k < limit && !errors; k++) {
                rstack[rsp++] = k;
                exec(i + 1, lp, level + 1);
                rsp--;
            }
            i = lp;
        } else if (strcmp(w, "begin") == 0) {
            int up = match(i, "begin", "until", NULL, NULL);
            if (up < 0) { errors++; return; }
            int guard = 0;
            do { exec(i + 1, up, level + 1); } while (!pop() && !errors && ++guard < 100000);
            i = up;
        } else { printf("?%s ", w); errors++; }
    }
}

static void run(const char *src) {
    char buf[4096];
    strcpy(buf, src);
    for (char *t = strtok(buf, " \n"); t; t = strtok(NULL, " \n")) {
        if (ntok < MAXTOK) strcpy(toks[ntok++], t);
    }
}

int main(void) {
    run(": square dup * ; : cube dup square * ;");
    run(": fact dup 1 > if dup 1 - fact * else drop 1 then ;");
    run(": fib dup 2 < if else dup 1 - fib swap 2 - fib + then ;");
    run(": stars 0 do 42 emit loop ;");
    run(": countdown begin dup . 1 - dup 0 = until drop ;");
    run(": gcd begin swap over mod dup 0 = until drop ;");
    run("5 square . 3 cube . cr");
    run("10 fact . 20 fact . cr");
    run("15 0 do i fib . loop cr");
    run("1 11 1 do i * dup . loop drop cr");
    run("10 countdown cr");
    run("5 1 do i stars cr loop");
    run("1071 462 gcd . 17 5 mod . -17 5 / . cr");
    run("1 2 3 .s rot .s swap .s over .s cr");
    run("7 0 = if 100 else 200 then . cr");
    run("65 emit 66 emit 67 emit cr");
    exec(0, ntok, 0);
    printf("tokens=%d defs=%d depth=%d errors=%d\n", ntok, ndefs, sp, errors);
    return errors ? 1 : 0;
}
