/* wordexp: one pass over the text building the current field; unquoted
   expansion results are split on $IFS as they are added, and a field with
   an unquoted glob character is matched with glob() when it ends (its
   pattern copy has the quoted characters escaped). */
#include <fnmatch.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wordexp.h>

struct buf { char *s; size_t n, cap; };

struct state {
    struct buf word, pat;  /* the field, and the same as a glob pattern */
    int have;              /* a field is started (even an empty quoted one) */
    int globby;            /* an unquoted * ? or [ is in it */
    char **v;
    size_t c, cap;
    const char *ifs;
    int flags;
};

static int put(struct buf *b, char c) {
    if (b->n + 2 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        char *s = realloc(b->s, cap);
        if (!s) return -1;
        b->s = s;
        b->cap = cap;
    }
    b->s[b->n++] = c;
    b->s[b->n] = 0;
    return 0;
}

static int push(struct state *st, char *w) {
    if (!w) return -1;
    if (st->c + 2 > st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 8;
        char **v = realloc(st->v, cap * sizeof *v);
        if (!v) { free(w); return -1; }
        st->v = v;
        st->cap = cap;
    }
    st->v[st->c++] = w;
    return 0;
}

/* Ends the current field, if one was started. */
static int end_field(struct state *st) {
    if (!st->have) return 0;
    int r = 0;
    glob_t g;
    if (st->globby && glob(st->pat.s ? st->pat.s : "", 0, NULL, &g) == 0) {
        for (size_t i = 0; i < g.gl_pathc && r == 0; i++) r = push(st, strdup(g.gl_pathv[i]));
        globfree(&g);
    } else {
        r = push(st, strdup(st->word.s ? st->word.s : ""));
    }
    st->word.n = st->pat.n = 0;
    if (st->word.s) st->word.s[0] = 0;
    if (st->pat.s) st->pat.s[0] = 0;
    st->have = st->globby = 0;
    return r;
}

/* Adds a character of the field: `quoted` ones are never glob characters. */
static int add(struct state *st, char c, int quoted) {
    st->have = 1;
    if (!quoted && (c == '*' || c == '?' || c == '[')) st->globby = 1;
    if (quoted && (c == '*' || c == '?' || c == '[' || c == '\\') && put(&st->pat, '\\')) return -1;
    return put(&st->word, c) || put(&st->pat, c) ? -1 : 0;
}

/* Adds an expansion's value: split on $IFS unless quoted. */
static int add_value(struct state *st, const char *v, int quoted) {
    if (quoted) {
        st->have = 1;
        for (; *v; v++)
            if (add(st, *v, 1)) return -1;
        return 0;
    }
    for (; *v; v++) {
        if (strchr(st->ifs, *v)) {
            /* Blanks in $IFS run together; any other of its characters
               ends a field, empty or not. */
            if (!strchr(" \t\n", *v)) st->have = 1;
            if (end_field(st)) return -1;
        } else if (add(st, *v, 0)) {
            return -1;
        }
    }
    return 0;
}

/* $((...)): + - * / % and parentheses on long, as the shell's arithmetic. */
static long arith(const char **p, int prec, int *err);

static long primary(const char **p, int *err) {
    while (**p == ' ' || **p == '\t') ++*p;
    if (**p == '(') {
        ++*p;
        long v = arith(p, 0, err);
        while (**p == ' ' || **p == '\t') ++*p;
        if (**p != ')') *err = 1;
        else ++*p;
        return v;
    }
    if (**p == '-') { ++*p; return -primary(p, err); }
    if (**p == '+') { ++*p; return primary(p, err); }
    if (**p >= '0' && **p <= '9') {
        char *end;
        long v = strtol(*p, &end, 0);
        *p = end;
        return v;
    }
    *err = 1;
    return 0;
}

static long arith(const char **p, int prec, int *err) {
    long v = primary(p, err);
    for (;;) {
        while (**p == ' ' || **p == '\t') ++*p;
        char op = **p;
        int q = op == '+' || op == '-' ? 1 : op == '*' || op == '/' || op == '%' ? 2 : 0;
        if (!q || q <= prec || *err) return v;
        ++*p;
        long r = arith(p, q, err);
        if (op == '+') v += r;
        else if (op == '-') v -= r;
        else if (op == '*') v *= r;
        else if (r == 0) *err = 1;
        else if (op == '/') v /= r;
        else v %= r;
    }
}

static int is_name(char c, int first) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

/* A $ expansion at `*p` (just after the '$'). */
static int dollar(struct state *st, const char **p, int quoted) {
    const char *s = *p;
    char name[256];
    if (s[0] == '(' && s[1] == '(') {
        const char *e = s + 2;
        int err = 0;
        long v = arith(&e, 0, &err);
        while (*e == ' ' || *e == '\t') e++;
        if (err || e[0] != ')' || e[1] != ')') return WRDE_SYNTAX;
        *p = e + 2;
        char num[24];
        snprintf(num, sizeof num, "%ld", v);
        return add_value(st, num, quoted) ? WRDE_NOSPACE : 0;
    }
    if (s[0] == '(') return WRDE_CMDSUB;
    if (s[0] == '{') {
        const char *e = s + 1;
        int len = e[0] == '#';
        if (len) e++;
        size_t n = 0;
        while (is_name(e[n], n == 0)) n++;
        if (n == 0 || n >= sizeof name) return WRDE_SYNTAX;
        memcpy(name, e, n);
        name[n] = 0;
        e += n;
        const char *val = getenv(name);
        char op = 0;
        int colon = 0;
        const char *word = NULL;
        size_t wlen = 0;
        if (*e != '}') {
            if (len) return WRDE_SYNTAX;
            if (*e == '%' || *e == '#') {
                /* ${NAME%pat} ${NAME%%pat} ${NAME#pat} ${NAME##pat}. */
                char kind = *e++;
                int longest = *e == kind;
                if (longest) e++;
                const char *pat = e;
                while (*e && *e != '}') e++;
                char pt[256];
                if (*e != '}' || (size_t)(e - pat) >= sizeof pt) return WRDE_SYNTAX;
                memcpy(pt, pat, (size_t)(e - pat));
                pt[e - pat] = 0;
                *p = e + 1;
                if (!val && (st->flags & WRDE_UNDEF)) return WRDE_BADVAL;
                char *v = strdup(val ? val : "");
                if (!v) return WRDE_NOSPACE;
                size_t n = strlen(v), cut = n + 1, keep_from = 0;
                /* Shortest match first, or longest first. */
                for (size_t k = 0; k <= n; k++) {
                    if (kind == '%') {
                        size_t from = longest ? k : n - k;
                        if (fnmatch(pt, v + from, 0) == 0) { cut = from; break; }
                    } else {
                        size_t to = longest ? n - k : k;
                        char saved = v[to];
                        v[to] = 0;
                        int m = fnmatch(pt, v, 0);
                        v[to] = saved;
                        if (m == 0) { keep_from = to; break; }
                    }
                }
                if (kind == '%' && cut <= n) v[cut] = 0;
                int r = add_value(st, v + keep_from, quoted) ? WRDE_NOSPACE : 0;
                if (quoted) st->have = 1;
                free(v);
                return r;
            }
            if (!val && (st->flags & WRDE_UNDEF)) return WRDE_BADVAL;
            if (*e == ':') { colon = 1; e++; }
            op = *e;
            if (!strchr("-+=?", op) || !op) return WRDE_SYNTAX;
            word = ++e;
            while (*e && *e != '}') e++;
            wlen = (size_t)(e - word);
        }
        if (*e != '}') return WRDE_SYNTAX;
        *p = e + 1;
        if (len) {
            if (!val && (st->flags & WRDE_UNDEF)) return WRDE_BADVAL;
            char num[24];
            snprintf(num, sizeof num, "%zu", val ? strlen(val) : 0);
            return add_value(st, num, quoted) ? WRDE_NOSPACE : 0;
        }
        int set = val && (!colon || *val);
        if (op) {
            char w[256];
            if (wlen >= sizeof w) return WRDE_SYNTAX;
            memcpy(w, word, wlen);
            w[wlen] = 0;
            if (op == '?' && !set) return WRDE_BADVAL;
            if (op == '=' && !set) {
                if (setenv(name, w, 1)) return WRDE_NOSPACE;
                val = getenv(name);
            }
            if ((op == '-' && !set) || (op == '+' && set))
                return add_value(st, w, quoted) ? WRDE_NOSPACE : 0;
            if (op == '+') return 0;
        }
        if (!val && (st->flags & WRDE_UNDEF)) return WRDE_BADVAL;
        if (quoted) st->have = 1;
        return add_value(st, val ? val : "", quoted) ? WRDE_NOSPACE : 0;
    }
    size_t n = 0;
    while (is_name(s[n], n == 0)) n++;
    if (n == 0 || n >= sizeof name) {
        /* A lone '$' is itself. */
        return add(st, '$', quoted) ? WRDE_NOSPACE : 0;
    }
    memcpy(name, s, n);
    name[n] = 0;
    *p = s + n;
    const char *val = getenv(name);
    if (!val && (st->flags & WRDE_UNDEF)) return WRDE_BADVAL;
    if (quoted) st->have = 1;
    return add_value(st, val ? val : "", quoted) ? WRDE_NOSPACE : 0;
}

static int expand(struct state *st, const char *p) {
    int r;
    while (*p) {
        char c = *p;
        if (strchr("|&;<>(){}\n", c)) return WRDE_BADCHAR;
        if (c == '\\') {
            if (!p[1]) return WRDE_SYNTAX;
            if (add(st, p[1], 1)) return WRDE_NOSPACE;
            p += 2;
        } else if (c == '\'') {
            const char *e = strchr(p + 1, '\'');
            if (!e) return WRDE_SYNTAX;
            st->have = 1;
            for (p++; p < e; p++)
                if (add(st, *p, 1)) return WRDE_NOSPACE;
            p++;
        } else if (c == '"') {
            st->have = 1;
            for (p++; *p != '"'; ) {
                if (!*p) return WRDE_SYNTAX;
                if (*p == '\\' && p[1] && strchr("$`\"\\\n", p[1])) {
                    if (add(st, p[1], 1)) return WRDE_NOSPACE;
                    p += 2;
                } else if (*p == '$') {
                    p++;
                    if ((r = dollar(st, &p, 1))) return r;
                } else if (*p == '`') {
                    return WRDE_CMDSUB;
                } else if (add(st, *p++, 1)) {
                    return WRDE_NOSPACE;
                }
            }
            p++;
        } else if (c == '$') {
            p++;
            if ((r = dollar(st, &p, 0))) return r;
        } else if (c == '`') {
            return WRDE_CMDSUB;
        } else if (c == '~' && !st->have) {
            /* ~ and ~/...: $HOME; ~user stays as written. */
            if (p[1] == '/' || p[1] == 0 || p[1] == ' ' || p[1] == '\t') {
                const char *home = getenv("HOME");
                if (add_value(st, home ? home : "", 1)) return WRDE_NOSPACE;
            } else if (add(st, '~', 1)) {
                return WRDE_NOSPACE;
            }
            p++;
        } else if (c == ' ' || c == '\t') {
            /* The text's own words are split on blanks; $IFS splits
               expansions. */
            if (end_field(st)) return WRDE_NOSPACE;
            p++;
        } else {
            if (add(st, c, 0)) return WRDE_NOSPACE;
            p++;
        }
    }
    return end_field(st) ? WRDE_NOSPACE : 0;
}

int wordexp(const char *words, wordexp_t *we, int flags) {
    struct state st;
    memset(&st, 0, sizeof st);
    st.flags = flags;
    st.ifs = getenv("IFS");
    if (!st.ifs) st.ifs = " \t\n";
    if (flags & WRDE_REUSE) wordfree(we);
    int r = expand(&st, words);
    free(st.word.s);
    free(st.pat.s);
    if (r) {
        for (size_t i = 0; i < st.c; i++) free(st.v[i]);
        free(st.v);
        return r;
    }
    size_t offs = flags & WRDE_DOOFFS ? we->we_offs : 0;
    size_t old = flags & WRDE_APPEND ? we->we_wordc : 0;
    char **v = realloc(flags & WRDE_APPEND ? we->we_wordv : NULL, (offs + old + st.c + 1) * sizeof *v);
    if (!v) {
        for (size_t i = 0; i < st.c; i++) free(st.v[i]);
        free(st.v);
        return WRDE_NOSPACE;
    }
    if (!(flags & WRDE_APPEND))
        for (size_t i = 0; i < offs; i++) v[i] = NULL;
    for (size_t i = 0; i < st.c; i++) v[offs + old + i] = st.v[i];
    v[offs + old + st.c] = NULL;
    free(st.v);
    we->we_wordv = v;
    we->we_wordc = old + st.c;
    if (!(flags & WRDE_DOOFFS)) we->we_offs = 0;
    return 0;
}

void wordfree(wordexp_t *we) {
    if (!we || !we->we_wordv) return;
    for (size_t i = we->we_offs; i < we->we_offs + we->we_wordc; i++) free(we->we_wordv[i]);
    free(we->we_wordv);
    we->we_wordv = NULL;
    we->we_wordc = 0;
}
