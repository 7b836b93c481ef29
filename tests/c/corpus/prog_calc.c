/* program: calculator with a recursive-descent parser over stdin lines (+ - * / % ^ unary, parens, variables, functions) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <math.h>

static const char *p;
static int error;
static double vars[26];
static int defined[26];

static double expr(void);
static void ws(void) { while (*p == ' ' || *p == '\t') p++; }

static double primary(void) {
    ws();
    if (*p == '(') {
        p++;
        double v = expr();
        ws();
        if (*p == ')') p++; else error = 1;
        return v;
    }
    if (isdigit((unsigned char)*p) || *p == '.') {
        char *end;
        double v = strtod(p, &end);
        p = end;
        return v;
    }
    if (isalpha((unsigned char)*p)) {
        char name[16];
        int n = 0;
        while (isalnum((unsigned char)*p)) { if (n < 15) name[n++] = *p; p++; }
        name[n] = 0;
        ws();
        if (*p == '(') {
            p++;
            double a = expr();
            ws();
            if (*p == ')') p++; else error = 1;
            if (!strcmp(name, "sqrt")) return sqrt(a);
            if (!strcmp(name, "sin")) return sin(a);
            if (!strcmp(name, "cos")) return cos(a);
            if (!strcmp(name, "abs")) return fabs(a);
            if (!strcmp(name, "ln")) return log(a);
            error = 2;
            return 0;
        }
        if (n == 1 && islower((unsigned char)name[0])) {
            if (!defined[name[0] - 'a']) error = 3;
            return vars[name[0] - 'a'];
        }
        if (!strcmp(name, "pi")) return M_PI;
        error = 3;
        return 0;
    }
    error = 1;
    return 0;
}

static double unary(void) {
    ws();
    if (*p == '-') { p++; return -unary(); }
    if (*p == '+') { p++; return unary(); }
    return primary();
}

static double power(void) {
    double b = unary();
    ws();
    if (*p == '^') { p++; return pow(b, power()); } /* right associative */
    return b;
}

static double term(void) {
    double v = power();
    for (;;) {
        ws();
        if (*p == '*') { p++; v *= power(); }
        else if (*p == '/') { p++; double d = power(); if (d == 0) { error = 4; return 0; } v /= d; }
        else if (*p == '%') { p++; double d = power(); if (d == 0) { error = 4; return 0; } v = fmod(v, d); }
        else return v;
    }
}

static double expr(void) {
    double v = term();
    for (;;) {
        ws();
        if (*p == '+') { p++; v += term(); }
        else if (*p == '-') { p++; v -= term(); }
        else return v;
    }
}

int main(void) {
    char line[256];
    int lineno = 0, errors = 0;
    const char *msgs[] = {"", "syntax error", "unknown function", "unknown variable", "division by zero"};
    while (fgets(line, sizeof line, stdin)) {
        lineno++;
        line[strcspn(line, "\n")] = 0;
        p = line;
        ws();
        if (!*p || *p == '#') continue;
        int target = -1;
        if (islower((unsigned char)p[0]) && !isalnum((unsigned char)p[1])) {
            const char *q = p + 1;
            while (*q == ' ') q++;
            if (*q == '=') { target = p[0] - 'a'; p = q + 1; }
        }
        error = 0;
        double v = expr();
        ws();
        if (!error && *p) error = 1;
        if (error) { printf("%2d: %-28s -> error: %s\n", lineno, line, msgs[error]); errors++; continue; }
        if (target >= 0) { vars[target] = v; defined[target] = 1; printf("%2d: %-28s -> %c = %.10g\n", lineno, line, 'a' + target, v); }
        else printf("%2d: %-28s -> %.10g\n", lineno, line, v);
    }
    printf("%d lines, %d errors\n", lineno, errors);
    return errors > 0 ? 2 : 0;
}
