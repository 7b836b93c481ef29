/* <regex.h>: a parser for glibc's BRE and ERE syntax into a tree, a
   compiler to a small program, and a backtracking matcher that keeps the
   longest match from the leftmost position where there is one.

   The matcher explores paths in priority order (greedy repetition, left
   alternative first) with an explicit stack, never by recursion. Without
   back-references, a (split instruction, position) state explored once
   is not explored again: every later way to reach it has lower priority
   and the same futures, so a search is O(splits x length), and the first
   path found to the longest end is the highest-priority one. With
   back-references the futures depend on the captures, so every path is
   tried (exponential at worst, bounded by the VM's step limit). */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#define MAX_DEPTH 1000   /* nesting of groups and repetitions */
#define MAX_CODE 200000  /* instructions, after expanding {m,n} */
#define MAX_MEMO (1L << 26) /* bits of the visited-state table */

enum {
    N_EMPTY, N_CHAR, N_ANY, N_SET, N_BOL, N_EOL, N_WORDB, N_NWORDB, N_WBEG, N_WEND,
    N_BUFBEG, N_BUFEND, N_BACKREF, N_GROUP, N_CAT, N_ALT, N_REPEAT
};

/* A tree node. CAT and ALT list their children from `kid` along `next`;
   GROUP and REPEAT have one `kid`. */
struct node {
    int type, a, b; /* CHAR: a byte; SET, BACKREF, GROUP: a number;
                       REPEAT: a..b times (b -1: no limit) */
    int kid, next;
};

typedef unsigned char set_t[32];

struct parser {
    const unsigned char *p;
    int cflags, ere, err, depth, nsub;
    struct node *nodes;
    int nnodes, capnodes;
    set_t *sets;
    int nsets, capsets;
    /* Groups 1..9 whose `)` was seen in this branch or before the
       alternation it is in: what a back-reference may name (glibc). */
    unsigned closed;
    int backrefs;
};

enum {
    I_CHAR, I_CHARI, I_ANY, I_ANYNL, I_SET, I_BOL, I_EOL, I_WORDB, I_NWORDB, I_WBEG, I_WEND,
    I_BUFBEG, I_BUFEND, I_BACKREF, I_SAVE, I_SPLIT, I_JMP, I_LOOPINIT, I_MARK, I_PROGRESS,
    I_MATCH
};

/* SPLIT x y z: try x, then y; z numbers the split for the visited table.
   A loop whose body can match nothing counts its rounds (loop x):
   LOOPINIT x sets the count to 0, MARK x notes where a round starts,
   PROGRESS x fails a round that matched nothing unless it is the first
   (so `(a*)*` on "b" captures the empty round, `(x?)*` on "x" not a second
   one: glibc's answers). Its SPLIT has w = x + 1; the visited table does
   not prune a first round. */
struct inst {
    int op, x, y, z, w;
};

struct program {
    struct inst *code;
    int n, cap, err;
    set_t *sets;
    int nsplit, nmark, nsub, backrefs, cflags;
};

/* Parsing. */

static int node(struct parser *ps, int type, int a, int b) {
    if (ps->nnodes == ps->capnodes) {
        int cap = ps->capnodes ? ps->capnodes * 2 : 64;
        struct node *n = realloc(ps->nodes, (size_t)cap * sizeof *n);
        if (!n) {
            ps->err = REG_ESPACE;
            return -1;
        }
        ps->nodes = n;
        ps->capnodes = cap;
    }
    struct node *n = &ps->nodes[ps->nnodes];
    n->type = type;
    n->a = a;
    n->b = b;
    n->kid = n->next = -1;
    return ps->nnodes++;
}

static int new_set(struct parser *ps) {
    if (ps->nsets == ps->capsets) {
        int cap = ps->capsets ? ps->capsets * 2 : 8;
        set_t *s = realloc(ps->sets, (size_t)cap * sizeof *s);
        if (!s) {
            ps->err = REG_ESPACE;
            return -1;
        }
        ps->sets = s;
        ps->capsets = cap;
    }
    memset(ps->sets[ps->nsets], 0, sizeof(set_t));
    return ps->nsets++;
}

static void set_add(unsigned char *s, int c) { s[c >> 3] |= (unsigned char)(1 << (c & 7)); }

static int is_word(int c) { return isalnum(c) || c == '_'; }

static int class_member(const char *name, size_t len, int c, int *ok) {
    char buf[8];
    wctype_t t = 0;
    if (len < sizeof buf) {
        memcpy(buf, name, len);
        buf[len] = 0;
        t = wctype(buf);
    }
    *ok = t != 0;
    return t && iswctype((wint_t)c, t);
}

/* A `[.c.]` or `[=c=]` at p (on the `[`): its one byte, p moved past. */
static int bracket_symbol(struct parser *ps, int delim) {
    const unsigned char *q = ps->p + 2, *e = q;
    while (*e && !(e[0] == delim && e[1] == ']')) e++;
    if (!*e) {
        ps->err = REG_EBRACK;
        return -1;
    }
    if (e - q != 1) {
        ps->err = REG_ECOLLATE;
        return -1;
    }
    ps->p = e + 2;
    return *q;
}

/* A bracket expression; ps->p is just after the `[`. */
static int bracket(struct parser *ps) {
    int s = new_set(ps);
    if (s < 0) return -1;
    unsigned char set[32];
    memset(set, 0, sizeof set);
    int neg = 0, first = 1;
    if (*ps->p == '^') {
        neg = 1;
        ps->p++;
    }
    for (;;) {
        const unsigned char *p = ps->p;
        int lo;
        if (!*p) {
            ps->err = REG_EBRACK;
            return -1;
        }
        if (*p == ']' && !first) {
            ps->p++;
            break;
        }
        first = 0;
        if (p[0] == '[' && p[1] == ':') {
            const unsigned char *q = p + 2, *e = q;
            while (*e && !(e[0] == ':' && e[1] == ']')) e++;
            if (!*e) {
                ps->err = REG_EBRACK;
                return -1;
            }
            int ok;
            class_member((const char *)q, (size_t)(e - q), 'a', &ok);
            if (!ok) {
                ps->err = REG_ECTYPE;
                return -1;
            }
            for (int c = 1; c < 256; c++)
                if (class_member((const char *)q, (size_t)(e - q), c, &ok)) set_add(set, c);
            ps->p = e + 2;
            if (ps->p[0] == '-' && ps->p[1] && ps->p[1] != ']') {
                ps->err = REG_ERANGE;
                return -1;
            }
            continue;
        }
        if (p[0] == '[' && (p[1] == '=' || p[1] == '.')) {
            int eq = p[1] == '=';
            if ((lo = bracket_symbol(ps, p[1])) < 0) return -1;
            if (eq) {
                set_add(set, lo);
                if (ps->p[0] == '-' && ps->p[1] && ps->p[1] != ']') {
                    ps->err = REG_ERANGE;
                    return -1;
                }
                continue;
            }
        } else {
            lo = *p;
            ps->p++;
        }
        int hi = lo;
        if (ps->p[0] == '-' && ps->p[1] && ps->p[1] != ']') {
            const unsigned char *q = ps->p + 1;
            if (q[0] == '[' && q[1] == '.') {
                ps->p = q;
                if ((hi = bracket_symbol(ps, '.')) < 0) return -1;
            } else if (q[0] == '[' && (q[1] == ':' || q[1] == '=')) {
                ps->err = REG_ERANGE;
                return -1;
            } else {
                hi = *q;
                ps->p = q + 1;
            }
            if (hi < lo) {
                ps->err = REG_ERANGE;
                return -1;
            }
        }
        for (int c = lo; c <= hi; c++) set_add(set, c);
    }
    if (ps->cflags & REG_ICASE)
        for (int c = 0; c < 256; c++)
            if (set[c >> 3] & (1 << (c & 7))) {
                set_add(set, tolower(c));
                set_add(set, toupper(c));
            }
    if (neg) {
        for (int i = 0; i < 32; i++) set[i] = (unsigned char)~set[i];
        if (ps->cflags & REG_NEWLINE) set['\n' >> 3] &= (unsigned char)~(1 << ('\n' & 7));
    }
    set[0] &= 0xfe; /* never the terminating NUL */
    memcpy(ps->sets[s], set, sizeof set);
    return node(ps, N_SET, s, 0);
}

static int class_escape(struct parser *ps, int c) {
    int s = new_set(ps);
    if (s < 0) return -1;
    for (int i = 1; i < 256; i++) {
        int in = c == 'w' || c == 'W' ? is_word(i) : isspace(i) != 0;
        if (in == (c == 'w' || c == 's')) set_add(ps->sets[s], i);
    }
    return node(ps, N_SET, s, 0);
}

static int parse_alt(struct parser *ps);

static int is_group_closed(struct parser *ps, int n) { return (ps->closed >> n) & 1; }

/* BRE: is the text at p the end of a branch (`\)`, `\|`, the end)? */
static int bre_branch_end(const unsigned char *p) {
    return !*p || (p[0] == '\\' && (p[1] == ')' || p[1] == '|'));
}

/* One atom, or -1 (error, or ps->err stays 0 if there is none here). */
static int parse_atom(struct parser *ps, int branch_start) {
    const unsigned char *p = ps->p;
    int c = *p;
    if (ps->ere) {
        switch (c) {
        case '(': {
            if (++ps->depth > MAX_DEPTH) {
                ps->err = REG_ESPACE;
                return -1;
            }
            int n = ++ps->nsub;
            ps->p++;
            int inner = parse_alt(ps);
            if (inner < 0) return -1;
            if (*ps->p != ')') {
                ps->err = REG_EPAREN;
                return -1;
            }
            ps->p++;
            ps->depth--;
            if (n <= 9) ps->closed |= 1u << n;
            int g = node(ps, N_GROUP, n, 0);
            if (g >= 0) ps->nodes[g].kid = inner;
            return g;
        }
        case '*':
        case '+':
        case '?':
        case '{': ps->err = REG_BADRPT; return -1;
        case '^': ps->p++; return node(ps, N_BOL, 0, 0);
        case '$': ps->p++; return node(ps, N_EOL, 0, 0);
        }
    } else {
        if (c == '*' && branch_start) {
            ps->p++;
            return node(ps, N_CHAR, '*', 0);
        }
        if (c == '^') {
            ps->p++;
            return node(ps, branch_start == 1 ? N_BOL : N_CHAR, '^', 0);
        }
        if (c == '$') {
            ps->p++;
            return node(ps, bre_branch_end(ps->p) ? N_EOL : N_CHAR, '$', 0);
        }
        if (c == '\\' && p[1] == '(') {
            if (++ps->depth > MAX_DEPTH) {
                ps->err = REG_ESPACE;
                return -1;
            }
            int n = ++ps->nsub;
            ps->p += 2;
            int inner = parse_alt(ps);
            if (inner < 0) return -1;
            if (!(ps->p[0] == '\\' && ps->p[1] == ')')) {
                ps->err = REG_EPAREN;
                return -1;
            }
            ps->p += 2;
            ps->depth--;
            if (n <= 9) ps->closed |= 1u << n;
            int g = node(ps, N_GROUP, n, 0);
            if (g >= 0) ps->nodes[g].kid = inner;
            return g;
        }
        if (c == '\\' && p[1] == '{') {
            ps->err = REG_BADRPT;
            return -1;
        }
        if (c == '\\' && (p[1] == '+' || p[1] == '?') && branch_start) {
            ps->p += 2;
            return node(ps, N_CHAR, p[1], 0);
        }
    }
    if (c == '.') {
        ps->p++;
        return node(ps, N_ANY, 0, 0);
    }
    if (c == '[') {
        ps->p++;
        if (!*ps->p && !ps->ere) {
            ps->err = REG_BADPAT;
            return -1;
        }
        return bracket(ps);
    }
    if (c == '\\') {
        int e = p[1];
        if (!e) {
            ps->err = REG_EESCAPE;
            return -1;
        }
        ps->p += 2;
        if (e >= '1' && e <= '9') {
            if (!is_group_closed(ps, e - '0')) {
                ps->err = REG_ESUBREG;
                return -1;
            }
            ps->backrefs = 1;
            return node(ps, N_BACKREF, e - '0', 0);
        }
        switch (e) {
        case 'w':
        case 'W':
        case 's':
        case 'S': return class_escape(ps, e);
        case 'b': return node(ps, N_WORDB, 0, 0);
        case 'B': return node(ps, N_NWORDB, 0, 0);
        case '<': return node(ps, N_WBEG, 0, 0);
        case '>': return node(ps, N_WEND, 0, 0);
        case '`': return node(ps, N_BUFBEG, 0, 0);
        case '\'': return node(ps, N_BUFEND, 0, 0);
        }
        return node(ps, N_CHAR, e, 0);
    }
    ps->p++;
    return node(ps, N_CHAR, c, 0);
}

/* A number in an interval: its value, -1 if there are no digits, or -2
   when too large. */
static int number(struct parser *ps) {
    if (!isdigit(*ps->p)) return -1;
    long v = 0;
    while (isdigit(*ps->p)) {
        if (v <= RE_DUP_MAX) v = v * 10 + (*ps->p - '0');
        ps->p++;
    }
    return v > RE_DUP_MAX ? -2 : (int)v;
}

/* `{m,n}` (ps->p just after the `{`): fills min and max, or an error. */
static int interval(struct parser *ps, int *min, int *max) {
    const unsigned char *start = ps->p;
    int m = number(ps), n = m, bad = 0;
    if (*ps->p == ',') {
        ps->p++;
        n = number(ps);
        if (m == -1) m = 0;
        if (n == -1) n = -3; /* no limit */
    } else if (m == -1) {
        bad = 1;
    }
    int closed = ps->ere ? *ps->p == '}' : ps->p[0] == '\\' && ps->p[1] == '}';
    if (!closed || bad) {
        /* Unterminated, or a bad one: glibc tells them apart. */
        const unsigned char *q = start;
        while (*q && !(ps->ere ? *q == '}' : q[0] == '\\' && q[1] == '}')) q++;
        ps->err = *q ? REG_BADBR : REG_EBRACE;
        return -1;
    }
    ps->p += ps->ere ? 1 : 2;
    if (m == -2 || n == -2) {
        ps->err = REG_ESIZE;
        return -1;
    }
    if (n != -3 && n < m) {
        ps->err = REG_BADBR;
        return -1;
    }
    *min = m;
    *max = n == -3 ? -1 : n;
    return 0;
}

/* An atom and the repetitions after it. */
static int parse_repeat(struct parser *ps, int branch_start) {
    int a = parse_atom(ps, branch_start);
    if (a < 0) return -1;
    int type = ps->nodes[a].type, repeated = 0;
    /* In a BRE, what follows a `^` anchor starts the branch afresh. */
    if (!ps->ere && type == N_BOL) return a;
    for (;;) {
        const unsigned char *p = ps->p;
        int min, max;
        if (*p == '*') {
            ps->p++;
            min = 0;
            max = -1;
        } else if (ps->ere && (*p == '+' || *p == '?')) {
            ps->p++;
            min = *p == '+';
            max = *p == '+' ? -1 : 1;
        } else if (!ps->ere && p[0] == '\\' && (p[1] == '+' || p[1] == '?')) {
            ps->p += 2;
            min = p[1] == '+';
            max = p[1] == '+' ? -1 : 1;
        } else if (ps->ere ? *p == '{' : p[0] == '\\' && p[1] == '{') {
            ps->p += ps->ere ? 1 : 2;
            if (interval(ps, &min, &max) < 0) return -1;
        } else {
            break;
        }
        /* ERE: no repeating an anchor. BRE: `*` and `\{` cannot follow
           another repetition (`\+` and `\?` can). */
        if (ps->ere ? type == N_BOL || type == N_EOL
                    : repeated && (*p == '*' || p[1] == '{')) {
            ps->err = REG_BADRPT;
            return -1;
        }
        if (++ps->depth > MAX_DEPTH) {
            ps->err = REG_ESPACE;
            return -1;
        }
        int r = node(ps, N_REPEAT, min, max);
        if (r < 0) return -1;
        ps->nodes[r].kid = a;
        a = r;
        repeated = 1;
    }
    return a;
}

static int at_branch_end(struct parser *ps) {
    const unsigned char *p = ps->p;
    if (ps->ere) return !*p || *p == '|' || (*p == ')' && ps->depth > 0);
    return bre_branch_end(p);
}

static int parse_cat(struct parser *ps) {
    int cat = node(ps, N_CAT, 0, 0), last = -1, start = 1;
    if (cat < 0) return -1;
    while (!at_branch_end(ps)) {
        int depth = ps->depth;
        int a = parse_repeat(ps, start);
        if (a < 0) return -1;
        ps->depth = depth;
        /* After a BRE `^` anchor a `*` is still literal (2), a `^` not. */
        start = !ps->ere && ps->nodes[a].type == N_BOL ? 2 : 0;
        if (last < 0)
            ps->nodes[cat].kid = a;
        else
            ps->nodes[last].next = a;
        last = a;
    }
    return cat;
}

static int parse_alt(struct parser *ps) {
    int alt = node(ps, N_ALT, 0, 0), last = -1;
    unsigned initial = ps->closed;
    if (alt < 0) return -1;
    for (;;) {
        unsigned others = ps->closed;
        if (last >= 0) ps->closed = initial;
        int c = parse_cat(ps);
        ps->closed |= others;
        if (c < 0) return -1;
        if (last < 0)
            ps->nodes[alt].kid = c;
        else
            ps->nodes[last].next = c;
        last = c;
        if (ps->ere && *ps->p == '|')
            ps->p++;
        else if (!ps->ere && ps->p[0] == '\\' && ps->p[1] == '|')
            ps->p += 2;
        else
            return alt;
    }
}

/* Compiling. */

static int emit(struct program *pg, int op, int x, int y) {
    if (pg->err) return -1;
    if (pg->n == pg->cap) {
        int cap = pg->cap ? pg->cap * 2 : 64;
        struct inst *c = cap > MAX_CODE ? 0 : realloc(pg->code, (size_t)cap * sizeof *c);
        if (!c) {
            pg->err = REG_ESPACE;
            return -1;
        }
        pg->code = c;
        pg->cap = cap;
    }
    struct inst *i = &pg->code[pg->n];
    i->op = op;
    i->x = x;
    i->y = y;
    i->z = op == I_SPLIT || op == I_LOOPINIT ? pg->nsplit++ : 0;
    i->w = 0;
    return pg->n++;
}

static int nullable(const struct node *nodes, int n, int depth) {
    const struct node *d = &nodes[n];
    if (depth > 2 * MAX_DEPTH + 10) return 1;
    switch (d->type) {
    case N_CHAR:
    case N_ANY:
    case N_SET: return 0;
    case N_BACKREF: return 1;
    case N_GROUP: return nullable(nodes, d->kid, depth + 1);
    case N_REPEAT: return d->a == 0 || nullable(nodes, d->kid, depth + 1);
    case N_CAT:
        for (int k = d->kid; k >= 0; k = nodes[k].next)
            if (!nullable(nodes, k, depth + 1)) return 0;
        return 1;
    case N_ALT:
        for (int k = d->kid; k >= 0; k = nodes[k].next)
            if (nullable(nodes, k, depth + 1)) return 1;
        return 0;
    default: return 1;
    }
}

static void compile(struct program *pg, const struct node *nodes, int n, int depth) {
    const struct node *d = &nodes[n];
    if (pg->err) return;
    if (depth > 2 * MAX_DEPTH + 10) {
        pg->err = REG_ESPACE;
        return;
    }
    switch (d->type) {
    case N_EMPTY: break;
    case N_CHAR:
        if ((pg->cflags & REG_ICASE) && isalpha(d->a))
            emit(pg, I_CHARI, tolower(d->a), 0);
        else
            emit(pg, I_CHAR, d->a, 0);
        break;
    case N_ANY: emit(pg, (pg->cflags & REG_NEWLINE) ? I_ANYNL : I_ANY, 0, 0); break;
    case N_SET: emit(pg, I_SET, d->a, 0); break;
    case N_BOL: emit(pg, I_BOL, 0, 0); break;
    case N_EOL: emit(pg, I_EOL, 0, 0); break;
    case N_WORDB: emit(pg, I_WORDB, 0, 0); break;
    case N_NWORDB: emit(pg, I_NWORDB, 0, 0); break;
    case N_WBEG: emit(pg, I_WBEG, 0, 0); break;
    case N_WEND: emit(pg, I_WEND, 0, 0); break;
    case N_BUFBEG: emit(pg, I_BUFBEG, 0, 0); break;
    case N_BUFEND: emit(pg, I_BUFEND, 0, 0); break;
    case N_BACKREF: emit(pg, I_BACKREF, d->a, 0); break;
    case N_GROUP:
        emit(pg, I_SAVE, 2 * d->a, 0);
        compile(pg, nodes, d->kid, depth + 1);
        emit(pg, I_SAVE, 2 * d->a + 1, 0);
        break;
    case N_CAT:
        for (int k = d->kid; k >= 0; k = nodes[k].next) compile(pg, nodes, k, depth + 1);
        break;
    case N_ALT: {
        /* SPLIT a, next; a; JMP end; next: SPLIT b, next2; b; JMP end; ... */
        int jumps = -1; /* chain of JMPs to patch, linked through x */
        for (int k = d->kid; k >= 0; k = nodes[k].next) {
            int split = -1;
            if (nodes[k].next >= 0) split = emit(pg, I_SPLIT, 0, 0);
            if (split >= 0) pg->code[split].x = pg->n;
            compile(pg, nodes, k, depth + 1);
            if (nodes[k].next >= 0) {
                int j = emit(pg, I_JMP, jumps, 0);
                if (j < 0) return;
                jumps = j;
                pg->code[split].y = pg->n;
            }
            if (pg->err) return;
        }
        while (jumps >= 0) {
            int next = pg->code[jumps].x;
            pg->code[jumps].x = pg->n;
            jumps = next;
        }
        break;
    }
    case N_REPEAT: {
        int min = d->a, max = d->b, kid = d->kid;
        int empty = nullable(nodes, kid, depth + 1);
        if (max < 0 && min > 0) {
            for (int i = 1; i < min && !pg->err; i++) compile(pg, nodes, kid, depth + 1);
            /* L: body; SPLIT L, exit */
            int mark = empty ? pg->nmark++ : -1;
            if (empty) emit(pg, I_LOOPINIT, mark, 0);
            int loop = pg->n;
            if (empty) emit(pg, I_MARK, mark, 0);
            compile(pg, nodes, kid, depth + 1);
            if (empty) emit(pg, I_PROGRESS, mark, 0);
            int split = emit(pg, I_SPLIT, loop, 0);
            if (pg->err) return;
            pg->code[split].y = pg->n;
            pg->code[split].w = mark + 1;
        } else if (max < 0) {
            /* L: SPLIT body, exit; body; JMP L */
            int mark = empty ? pg->nmark++ : -1;
            if (empty) emit(pg, I_LOOPINIT, mark, 0);
            int split = emit(pg, I_SPLIT, 0, 0);
            if (split < 0) return;
            pg->code[split].x = pg->n;
            pg->code[split].w = mark + 1;
            if (empty) emit(pg, I_MARK, mark, 0);
            compile(pg, nodes, kid, depth + 1);
            if (empty) emit(pg, I_PROGRESS, mark, 0);
            emit(pg, I_JMP, split, 0);
            if (pg->err) return;
            pg->code[split].y = pg->n;
        } else {
            for (int i = 0; i < min && !pg->err; i++) compile(pg, nodes, kid, depth + 1);
            /* Each optional copy: SPLIT body, end; body. */
            int splits = -1;
            for (int i = min; i < max && !pg->err; i++) {
                int split = emit(pg, I_SPLIT, 0, splits);
                if (split < 0) return;
                pg->code[split].x = pg->n;
                splits = split;
                compile(pg, nodes, kid, depth + 1);
            }
            if (pg->err) return;
            while (splits >= 0) {
                int next = pg->code[splits].y;
                pg->code[splits].y = pg->n;
                splits = next;
            }
        }
        break;
    }
    }
}

int regcomp(regex_t *preg, const char *pattern, int cflags) {
    struct parser ps;
    memset(&ps, 0, sizeof ps);
    ps.p = (const unsigned char *)pattern;
    ps.cflags = cflags;
    ps.ere = (cflags & REG_EXTENDED) != 0;
    preg->__program = 0;
    int root = parse_alt(&ps);
    if (root >= 0 && *ps.p) {
        /* Only an unmatched BRE `\)` stops the top level early. */
        ps.err = REG_EPAREN;
    }
    if (ps.err || root < 0) {
        free(ps.nodes);
        free(ps.sets);
        return ps.err ? ps.err : REG_BADPAT;
    }
    struct program *pg = calloc(1, sizeof *pg);
    if (!pg) {
        free(ps.nodes);
        free(ps.sets);
        return REG_ESPACE;
    }
    pg->cflags = cflags;
    pg->nsub = ps.nsub;
    pg->backrefs = ps.backrefs;
    compile(pg, ps.nodes, root, 0);
    emit(pg, I_MATCH, 0, 0);
    free(ps.nodes);
    pg->sets = ps.sets;
    if (pg->err) {
        int err = pg->err;
        free(pg->code);
        free(pg->sets);
        free(pg);
        return err;
    }
    preg->re_nsub = (size_t)ps.nsub;
    preg->__program = pg;
    preg->__cflags = cflags;
    return 0;
}

void regfree(regex_t *preg) {
    struct program *pg = preg->__program;
    if (pg) {
        free(pg->code);
        free(pg->sets);
        free(pg);
    }
    preg->__program = 0;
}

/* Matching. */

struct entry {
    int slot; /* -1: a path to try at (pc, pos); else a register to restore */
    int a, b;
};

struct stack {
    struct entry *e;
    size_t n, cap;
};

static int push(struct stack *s, int slot, int a, int b) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        struct entry *e = realloc(s->e, cap * sizeof *e);
        if (!e) return -1;
        s->e = e;
        s->cap = cap;
    }
    s->e[s->n].slot = slot;
    s->e[s->n].a = a;
    s->e[s->n++].b = b;
    return 0;
}

static int word_at(const unsigned char *s, int len, int i) {
    return i >= 0 && i < len && is_word(s[i]);
}

/* The longest match starting at `start`: its end, or -1 (or -2 when out
   of memory). `best` gets the registers of the path that found it. */
static int match_at(const struct program *pg, const unsigned char *s, int len, int start,
                    int eflags, int *reg, int nreg, int *best, struct stack *st,
                    unsigned char *memo) {
    int end = -1;
    for (int i = 0; i < nreg; i++) reg[i] = -1;
    st->n = 0;
    if (push(st, -1, 0, start) < 0) return -2;
    int newline = (pg->cflags & REG_NEWLINE) != 0, icase = (pg->cflags & REG_ICASE) != 0;
    while (st->n) {
        struct entry e = st->e[--st->n];
        if (e.slot >= 0) {
            reg[e.slot] = e.a;
            continue;
        }
        int pc = e.a, pos = e.b;
        for (;;) {
            const struct inst *in = &pg->code[pc];
            int ok = 1;
            switch (in->op) {
            case I_CHAR: ok = pos < len && s[pos] == in->x; pos += ok; break;
            case I_CHARI: ok = pos < len && tolower(s[pos]) == in->x; pos += ok; break;
            case I_ANY: ok = pos < len; pos += ok; break;
            case I_ANYNL: ok = pos < len && s[pos] != '\n'; pos += ok; break;
            case I_SET:
                ok = pos < len && (pg->sets[in->x][s[pos] >> 3] & (1 << (s[pos] & 7)));
                pos += ok;
                break;
            case I_BOL:
                ok = (pos == 0 && !(eflags & REG_NOTBOL)) || (newline && pos > 0 && s[pos - 1] == '\n');
                break;
            case I_EOL:
                ok = (pos == len && !(eflags & REG_NOTEOL)) || (newline && pos < len && s[pos] == '\n');
                break;
            case I_WORDB: ok = word_at(s, len, pos - 1) != word_at(s, len, pos); break;
            case I_NWORDB: ok = word_at(s, len, pos - 1) == word_at(s, len, pos); break;
            case I_WBEG: ok = !word_at(s, len, pos - 1) && word_at(s, len, pos); break;
            case I_WEND: ok = word_at(s, len, pos - 1) && !word_at(s, len, pos); break;
            case I_BUFBEG: ok = pos == 0; break;
            case I_BUFEND: ok = pos == len; break;
            case I_BACKREF: {
                int so = reg[2 * in->x], eo = reg[2 * in->x + 1], n = eo - so;
                ok = so >= 0 && eo >= so && pos + n <= len;
                for (int i = 0; ok && i < n; i++)
                    ok = icase ? tolower(s[so + i]) == tolower(s[pos + i]) : s[so + i] == s[pos + i];
                if (ok) pos += n;
                break;
            }
            case I_SAVE:
                if (push(st, in->x, reg[in->x], 0) < 0) return -2;
                reg[in->x] = pos;
                break;
            case I_LOOPINIT:
            case I_MARK:
            case I_PROGRESS: {
                int r = 2 * (pg->nsub + 1) + 2 * in->x; /* the mark; r + 1 the count */
                if (in->op == I_LOOPINIT) {
                    long bit = (long)in->z * (len + 1) + pos;
                    if (memo && (memo[bit >> 3] & (1 << (bit & 7)))) {
                        ok = 0;
                        break;
                    }
                    if (memo) memo[bit >> 3] |= (unsigned char)(1 << (bit & 7));
                    r++;
                } else if (in->op == I_PROGRESS) {
                    if (reg[r] == pos && reg[r + 1] > 0) {
                        ok = 0;
                        break;
                    }
                    r++;
                }
                if (push(st, r, reg[r], 0) < 0) return -2;
                reg[r] = in->op == I_MARK ? pos : in->op == I_LOOPINIT ? 0 : reg[r] + 1;
                break;
            }
            case I_SPLIT:
                if (memo && (!in->w || reg[2 * (pg->nsub + 1) + 2 * (in->w - 1) + 1] > 0)) {
                    long bit = (long)in->z * (len + 1) + pos;
                    if (memo[bit >> 3] & (1 << (bit & 7))) {
                        ok = 0;
                        break;
                    }
                    memo[bit >> 3] |= (unsigned char)(1 << (bit & 7));
                }
                if (push(st, -1, in->y, pos) < 0) return -2;
                pc = in->x;
                continue;
            case I_JMP: pc = in->x; continue;
            case I_MATCH:
                if (pos > end) {
                    end = pos;
                    memcpy(best, reg, (size_t)(2 * (pg->nsub + 1)) * sizeof *reg);
                    if (pos == len) return end; /* nothing can be longer */
                }
                ok = 0;
                break;
            }
            if (!ok) break;
            pc++;
        }
    }
    return end;
}

int regexec(const regex_t *preg, const char *string, size_t nmatch, regmatch_t pmatch[],
            int eflags) {
    const struct program *pg = preg->__program;
    if (!pg) return REG_BADPAT;
    int start = 0, len;
    if (eflags & REG_STARTEND) {
        start = pmatch[0].rm_so;
        len = pmatch[0].rm_eo;
    } else {
        len = (int)strlen(string);
    }
    if (pg->cflags & REG_NOSUB) nmatch = 0;
    int nreg = 2 * (pg->nsub + 1) + 2 * pg->nmark;
    int *reg = malloc((size_t)nreg * sizeof *reg), *best = malloc((size_t)nreg * sizeof *best);
    unsigned char *memo = 0;
    long bits = (long)pg->nsplit * (len + 1);
    if (!pg->backrefs && pg->nsplit && bits <= MAX_MEMO) memo = calloc((size_t)(bits + 7) / 8, 1);
    struct stack st = {0, 0, 0};
    int r = REG_NOMATCH;
    if (!reg || !best || (!memo && !pg->backrefs && pg->nsplit && bits <= MAX_MEMO)) {
        r = REG_ESPACE;
        goto out;
    }
    const unsigned char *s = (const unsigned char *)string;
    /* A pattern that starts with `^` (and no REG_NEWLINE) can only match
       at the start. */
    int anchored = pg->code[0].op == I_BOL && !(pg->cflags & REG_NEWLINE);
    for (int at = start; at <= len; at++) {
        if (anchored && at > 0) break;
        int end = match_at(pg, s, len, at, eflags, reg, nreg, best, &st, memo);
        if (end == -2) {
            r = REG_ESPACE;
            break;
        }
        if (end < 0) continue;
        r = 0;
        for (size_t i = 0; i < nmatch; i++) {
            if (i == 0) {
                pmatch[0].rm_so = at;
                pmatch[0].rm_eo = end;
            } else if ((int)i <= pg->nsub && best[2 * i] >= 0 && best[2 * i + 1] >= 0) {
                pmatch[i].rm_so = best[2 * i];
                pmatch[i].rm_eo = best[2 * i + 1];
            } else {
                pmatch[i].rm_so = pmatch[i].rm_eo = -1;
            }
        }
        break;
    }
out:
    free(reg);
    free(best);
    free(memo);
    free(st.e);
    return r;
}

size_t regerror(int errcode, const regex_t *preg, char *errbuf, size_t errbuf_size) {
    static const char *const msgs[] = {
        "Success",
        "No match",
        "Invalid regular expression",
        "Invalid collation character",
        "Invalid character class name",
        "Trailing backslash",
        "Invalid back reference",
        "Unmatched [, [^, [:, [., or [=",
        "Unmatched ( or \\(",
        "Unmatched \\{",
        "Invalid content of \\{\\}",
        "Invalid range end",
        "Memory exhausted",
        "Invalid preceding regular expression",
        "Premature end of regular expression",
        "Regular expression too big",
        "Unmatched ) or \\)",
    };
    (void)preg;
    const char *msg = errcode >= 0 && errcode < (int)(sizeof msgs / sizeof *msgs)
                          ? msgs[errcode]
                          : "Unknown error";
    size_t n = strlen(msg) + 1;
    if (errbuf_size) {
        size_t k = n < errbuf_size ? n : errbuf_size;
        memcpy(errbuf, msg, k - 1);
        errbuf[k - 1] = 0;
    }
    return n;
}
