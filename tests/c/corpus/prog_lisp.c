/* program: a small Lisp interpreter (cons cells in a static arena, lambda closures, define, if, quote, let) */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

enum { NUM, SYM, CONS, PRIM, LAMBDA, NIL };
typedef struct Obj {
    int type;
    long num;
    const char *sym;
    struct Obj *car, *cdr; /* for LAMBDA: car = (params . body), cdr = env */
    int prim;
} Obj;

#define ARENA 200000
static Obj arena[ARENA];
static int used;
static Obj nil_obj = {NIL, 0, NULL, NULL, NULL, 0};
static Obj *nil = &nil_obj;
static Obj *truth;
static char symtab[256][24];
static int nsyms;

static Obj *alloc(int type) {
    if (used >= ARENA) { printf("out of memory\n"); exit(3); }
    Obj *o = &arena[used++];
    o->type = type; o->car = o->cdr = nil; o->num = 0; o->sym = NULL; o->prim = 0;
    return o;
}
static Obj *num(long n) { Obj *o = alloc(NUM); o->num = n; return o; }
static Obj *cons(Obj *a, Obj *b) { Obj *o = alloc(CONS); o->car = a; o->cdr = b; return o; }
static Obj *intern(const char *s) {
    for (int i = 0; i < nsyms; i++)
        if (strcmp(symtab[i], s) == 0) { Obj *o = alloc(SYM); o->sym = symtab[i]; return o; }
    strcpy(symtab[nsyms], s);
    Obj *o = alloc(SYM);
    o->sym = symtab[nsyms++];
    return o;
}

static const char *src;
static Obj *read_expr(void);
static void skipws(void) { while (*src && isspace((unsigned char)*src)) src++; }
static Obj *read_list(void) {
    skipws();
    if (*src == ')') { src++; return nil; }
    Obj *head = read_expr();
    return cons(head, read_list());
}
static Obj *read_expr(void) {
    skipws();
    if (*src == '(') { src++; return read_list(); }
    if (*src == '\'') { src++; return cons(intern("quote"), cons(read_expr(), nil)); }
    char tok[24];
    int n = 0;
    while (*src && !isspace((unsigned char)*src) && *src != '(' && *src != ')') { if (n < 23) tok[n++] = *src; src++; }
    tok[n] = 0;
    if (isdigit((unsigned char)tok[0]) || (tok[0] == '-' && isdigit((unsigned char)tok[1]))) return num(strtol(tok, NULL, 10));
    return intern(tok);
}

static void print(Obj *o) {
    switch (o->type) {
    case NUM: printf("%ld", o->num); break;
    case SYM: printf("%s", o->sym); break;
    case NIL: printf("()"); break;
    case PRIM: printf("<prim>"); break;
    case LAMBDA: printf("<lambda>"); break;
    case CONS:
        putchar('(');
        for (;;) {
            print(o->car);
            o = o->cdr;
            if (o->type != CONS) break;
            putchar(' ');
        }
        if (o->type != NIL) { printf(" . "); print(o); }
        putchar(')');
    }
}

static Obj *global;
static Obj *lookup(Obj *env, const char *s) {
    for (; env->type == CONS; env = env->cdr)
        for (Obj *f = env->car; f->type == CONS; f = f->cdr)
            if (f->car->car->sym == s) return f->car;
    return NULL;
}
static void define(Obj *env, Obj *sym, Obj *val) { env->car = cons(cons(sym, val), env->car); }

static Obj *eval(Obj *e, Obj *env);
static Obj *evlist(Obj *l, Obj *env) { return l->type == CONS ? cons(eval(l->car, env), evlist(l->cdr, env)) : nil; }

static Obj *apply_prim(int p, Obj *a) {
    Obj *x = a->car, *y = a->cdr->type == CONS ? a->cdr->car : nil;
    switch (p) {
    case 0: { long s = 0; for (; a->type == CONS; a = a->cdr) s += a->car->num; return num(s); }
    case 1: { if (a->cdr->type != CONS) return num(-x->num); long s = x->num; for (a = a->cdr; a->type == CONS; a = a->cdr) s -= a->car->num; return num(s); }
    case 2: { long s = 1; for (; a->type == CONS; a = a->cdr) s *= a->car->num; return num(s); }
    case 3: return y->num ? num(x->num / y->num) : num(0);
    case 4: return x->num < y->num ? truth : nil;
    case 5: return (x->type == NUM && y->type == NUM ? x->num == y->num : x == y || (x->type == SYM && y->type == SYM && x->sym == y->sym)) ? truth : nil;
    case 6: return x->type == CONS ? x->car : nil;
    case 7: return x->type == CONS ? x->cdr : nil;
    case 8: return cons(x, y);
    case 9: return a;
    case 10: return x->type == NIL ? truth : nil;
    case 11: return y->num ? num(x->num % y->num) : num(0);
    case 12: print(x); putchar('\n'); return x;
    }
    return nil;
}

static Obj *eval(Obj *e, Obj *env) {
    for (;;) {
        if (e->type == NUM || e->type == NIL) return e;
        if (e->type == SYM) { Obj *b = lookup(env, e->sym); if (!b) { printf("unbound %s\n", e->sym); return nil; } return b->cdr; }
        Obj *op = e->car;
        if (op->type == SYM) {
            const char *s = op->sym;
            if (strcmp(s, "quote") == 0) return e->cdr->car;
            if (strcmp(s, "if") == 0) {
                Obj *c = eval(e->cdr->car, env);
                e = c->type != NIL ? e->cdr->cdr->car : (e->cdr->cdr->cdr->type == CONS ? e->cdr->cdr->cdr->car : nil);
                continue;
            }
            if (strcmp(s, "define") == 0) {
                Obj *target = e->cdr->car;
                if (target->type == CONS) { /* (define (f args) body) */
                    Obj *lam = alloc(LAMBDA);
                    lam->car = cons(target->cdr, e->cdr->cdr);
                    lam->cdr = env;
                    define(env, target->car, lam);
                    return target->car;
                }
                define(env, target, eval(e->cdr->cdr->car, env));
                return target;
            }
            if (strcmp(s, "lambda") == 0) { Obj *lam = alloc(LAMBDA); lam->car = cons(e->cdr->car, e->cdr->cdr); lam->cdr = env; return lam; }
            if (strcmp(s, "let") == 0) {
                Obj *frame = cons(nil, env);
                for (Obj *b = e->cdr->car; b->type == CONS; b = b->cdr) define(frame, b->car->car, eval(b->car->cdr->car, env));
                Obj *body = e->cdr->cdr;
                for (; body->cdr->type == CONS; body = body->cdr) eval(body->car, frame);
                e = body->car; env = frame;
                continue;
            }
        }
        Obj *f = eval(op, env);
        Obj *args = evlist(e->cdr, env);
        if (f->type == PRIM) return apply_prim(f->prim, args);
        if (f->type != LAMBDA) { printf("not a function\n"); return nil; }
        Obj *frame = cons(nil, f->cdr);
        Obj *params = f->car->car;
        for (; params->type == CONS; params = params->cdr, args = args->cdr) define(frame, params->car, args->car);
        if (params->type == SYM) define(frame, params, args);
        Obj *body = f->car->cdr;
        for (; body->cdr->type == CONS; body = body->cdr) eval(body->car, frame);
        e = body->car; env = frame;
    }
}

int main(void) {
    global = cons(nil, nil);
    truth = intern("t");
    define(global, truth, truth);
    const char *prims[] = {"+", "-", "*", "/", "<", "=", "car", "cdr", "cons", "list", "null?", "mod", "print"};
    for (int i = 0; i < 13; i++) { Obj *p = alloc(PRIM); p->prim = i; define(global, intern(prims[i]), p); }
    const char *program[] = {
        "(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))",
        "(fact 10)", "(fact 20)",
        "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))",
        "(fib 15)",
        "(define (map f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))",
        "(define (range a b) (if (< a b) (cons a (range (+ a 1) b)) '()))",
        "(map (lambda (x) (* x x)) (range 0 12))",
        "(define (filter p l) (if (null? l) '() (if (p (car l)) (cons (car l) (filter p (cdr l))) (filter p (cdr l)))))",
        "(filter (lambda (x) (= (mod x 3) 0)) (range 1 30))",
        "(define (foldl f acc l) (if (null? l) acc (foldl f (f acc (car l)) (cdr l))))",
        "(foldl + 0 (range 1 101))",
        "(define (make-adder n) (lambda (x) (+ x n)))",
        "(define add5 (make-adder 5))",
        "(add5 37)",
        "(let ((x 3) (y 4)) (+ (* x x) (* y y)))",
        "(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))",
        "(loop 5000 0)",
        "(cons 1 2)", "'(a (b c) . d)", "(list 1 (list 2 3) 'sym '())",
        "(define (rev l) (foldl (lambda (acc x) (cons x acc)) '() l))",
        "(rev (range 0 10))",
        "(print 'done)",
        "(- 10)", "(- 10 1 2 3)", "(/ 100 7)",
    };
    int n = (int)(sizeof program / sizeof program[0]);
    for (int i = 0; i < n; i++) {
        src = program[i];
        Obj *r = eval(read_expr(), global);
        printf("> ");
        print(r);
        printf("\n");
    }
    printf("cells used: %d\n", used);
    return 0;
}
