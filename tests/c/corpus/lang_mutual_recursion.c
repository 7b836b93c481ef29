/* mutual recursion with forward declarations: even/odd, Hofstadter sequences, recursive descent */
#include <stdio.h>

static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }

static int F(int n);
static int M(int n) { return n == 0 ? 0 : n - F(M(n - 1)); }
static int F(int n) { return n == 0 ? 1 : n - M(F(n - 1)); }

/* expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := num | '(' expr ')' | '-' factor */
static const char *pos;
static int expr(void);
static int factor(void) {
    if (*pos == '(') { pos++; int v = expr(); pos++; return v; }
    if (*pos == '-') { pos++; return -factor(); }
    int v = 0;
    while (*pos >= '0' && *pos <= '9') v = v * 10 + (*pos++ - '0');
    return v;
}
static int term(void) {
    int v = factor();
    while (*pos == '*' || *pos == '/') { char op = *pos++; int r = factor(); v = op == '*' ? v * r : v / r; }
    return v;
}
static int expr(void) {
    int v = term();
    while (*pos == '+' || *pos == '-') { char op = *pos++; int r = term(); v = op == '+' ? v + r : v - r; }
    return v;
}
static int eval(const char *s) { pos = s; return expr(); }

int main(void) {
    unsigned n;
    for (n = 0; n < 8; n++) printf("%u even=%d odd=%d\n", n, is_even(n), is_odd(n));
    printf("is_even(1001) = %d\n", is_even(1001));
    int i;
    printf("F:");
    for (i = 0; i < 16; i++) printf(" %d", F(i));
    printf("\nM:");
    for (i = 0; i < 16; i++) printf(" %d", M(i));
    printf("\n");
    const char *tests[] = { "1+2*3", "(1+2)*3", "100/7/2", "-(4-10)*-2", "2*(3+(4-1)*5)-7", "((((9))))", "8-3-2" };
    for (i = 0; i < 7; i++) printf("%s = %d\n", tests[i], eval(tests[i]));
    return 0;
}
