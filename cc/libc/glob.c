/* <glob.h>: glibc's algorithm over opendir/readdir and fnmatch. A
   pattern is split at its last `/`: the directory part, if it has
   wildcards, is globbed first (for directories only), then the last
   component is matched in each directory found. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define ALL_FLAGS                                                                  \
    (GLOB_ERR | GLOB_MARK | GLOB_NOSORT | GLOB_DOOFFS | GLOB_NOCHECK | GLOB_APPEND | \
     GLOB_NOESCAPE | GLOB_PERIOD | GLOB_MAGCHAR | GLOB_ALTDIRFUNC | GLOB_BRACE |     \
     GLOB_NOMAGIC | GLOB_TILDE | GLOB_ONLYDIR | GLOB_TILDE_CHECK)

typedef int (*errfunc_t)(const char *, int);

/* What a pattern holds: wildcards (or a complete bracket), escapes, a
   `[` without its `]`. */
enum { PAT_SPECIAL = 1, PAT_BACKSLASH = 2, PAT_BRACKET = 4 };

static int pattern_type(const char *p, int quote) {
    int r = 0;
    for (; *p; p++) {
        switch (*p) {
        case '?':
        case '*': return PAT_SPECIAL;
        case '\\':
            if (quote) {
                if (p[1]) p++;
                r |= PAT_BACKSLASH;
            }
            break;
        case '[': r |= PAT_BRACKET; break;
        case ']':
            if (r & PAT_BRACKET) return PAT_SPECIAL;
            break;
        }
    }
    return r;
}

static void *open_dir(glob_t *g, int flags, const char *path) {
    return (flags & GLOB_ALTDIRFUNC) ? g->gl_opendir(path) : (void *)opendir(path);
}

static struct dirent *read_dir(glob_t *g, int flags, void *d) {
    return (flags & GLOB_ALTDIRFUNC) ? g->gl_readdir(d) : readdir(d);
}

static void close_dir(glob_t *g, int flags, void *d) {
    int saved = errno;
    if (flags & GLOB_ALTDIRFUNC)
        g->gl_closedir(d);
    else
        closedir(d);
    errno = saved;
}

static int exists(glob_t *g, int flags, const char *path) {
    struct stat st;
    return ((flags & GLOB_ALTDIRFUNC) ? g->gl_lstat(path, &st) : lstat(path, &st)) == 0;
}

static int is_dir(glob_t *g, int flags, const char *path) {
    struct stat st;
    int r = (flags & GLOB_ALTDIRFUNC) ? g->gl_stat(path, &st) : stat(path, &st);
    return r == 0 && S_ISDIR(st.st_mode);
}

/* `a` + `b` + `c` in new memory, or NULL. */
static char *concat(const char *a, const char *b, const char *c) {
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char *s = malloc(la + lb + lc + 1);
    if (s) {
        memcpy(s, a, la);
        memcpy(s + la, b, lb);
        memcpy(s + la + lb, c, lc + 1);
    }
    return s;
}

/* Appends `s` (which the vector then owns): 0, or GLOB_NOSPACE. */
static int add(glob_t *g, char *s) {
    if (!s) return GLOB_NOSPACE;
    size_t n = g->gl_offs + g->gl_pathc;
    char **v = realloc(g->gl_pathv, (n + 2) * sizeof *v);
    if (!v) {
        free(s);
        return GLOB_NOSPACE;
    }
    v[n] = s;
    v[n + 1] = 0;
    g->gl_pathv = v;
    g->gl_pathc++;
    return 0;
}

/* Puts `dir/` before the names from number `from` on (`/` alone gives
   `/name`). */
static int prefix(glob_t *g, size_t from, const char *dir) {
    if (!strcmp(dir, "/")) dir = "";
    for (size_t i = from; i < g->gl_pathc; i++) {
        char **e = &g->gl_pathv[g->gl_offs + i];
        char *s = concat(dir, "/", *e);
        if (!s) return GLOB_NOSPACE;
        free(*e);
        *e = s;
    }
    return 0;
}

/* Matches the last component `pat` in directory `dir`, appending the
   names found (without `dir`): 0, GLOB_NOMATCH, GLOB_ABORTED or
   GLOB_NOSPACE. */
static int in_dir(const char *pat, const char *dir, int flags, errfunc_t errfunc, glob_t *g) {
    int meta = pattern_type(pat, !(flags & GLOB_NOESCAPE));
    size_t found = 0;
    if (!meta && (flags & (GLOB_NOCHECK | GLOB_NOMAGIC))) {
        /* Nothing to look up: the name is the answer. */
        flags |= GLOB_NOCHECK;
    } else if (!meta) {
        char *full = concat(dir, "/", pat);
        if (!full) return GLOB_NOSPACE;
        if (exists(g, flags, full)) flags |= GLOB_NOCHECK;
        free(full);
    } else {
        void *d = open_dir(g, flags, dir);
        if (!d) {
            if (errno != ENOTDIR &&
                ((errfunc && errfunc(dir, errno)) || (flags & GLOB_ERR)))
                return GLOB_ABORTED;
        } else {
            int fl = ((flags & GLOB_PERIOD) ? 0 : FNM_PERIOD) |
                     ((flags & GLOB_NOESCAPE) ? FNM_NOESCAPE : 0);
            struct dirent *e;
            int r = 0;
            flags |= GLOB_MAGCHAR;
            while ((e = read_dir(g, flags, d))) {
                if (flags & GLOB_ONLYDIR) {
                    if (e->d_type == DT_LNK || e->d_type == DT_UNKNOWN) {
                        char *full = concat(dir, "/", e->d_name);
                        if (!full) {
                            r = GLOB_NOSPACE;
                            break;
                        }
                        int yes = is_dir(g, flags, full);
                        free(full);
                        if (!yes) continue;
                    } else if (e->d_type != DT_DIR) {
                        continue;
                    }
                }
                if (fnmatch(pat, e->d_name, fl)) continue;
                if ((r = add(g, strdup(e->d_name)))) break;
                found++;
            }
            close_dir(g, flags, d);
            if (r) return r;
        }
    }
    if (!found && (flags & GLOB_NOCHECK)) {
        if (add(g, strdup(pat))) return GLOB_NOSPACE;
        found = 1;
    }
    if (!found) return GLOB_NOMATCH;
    g->gl_flags = flags;
    return 0;
}

/* Drops a final backslash that is not itself escaped ("dir\" of "dir\/x"). */
static void drop_final_backslash(char *dir, size_t *len) {
    char *p = dir + *len;
    while (p > dir && p[-1] == '\\') p--;
    if ((dir + *len - p) & 1) dir[--*len] = 0;
}

static int compare(const void *a, const void *b) {
    return strcoll(*(char *const *)a, *(char *const *)b);
}

/* The end of the brace alternative starting at `p` (its `,` or `}`), or
   NULL when the braces do not balance. */
static const char *next_alternative(const char *p, int flags) {
    size_t depth = 0;
    while (*p) {
        if (!(flags & GLOB_NOESCAPE) && *p == '\\') {
            if (!*++p) break;
            p++;
        } else {
            if ((*p == '}' && depth-- == 0) || (*p == ',' && depth == 0)) break;
            if (*p++ == '{') depth++;
        }
    }
    return *p ? p : 0;
}

/* GLOB_BRACE: globs each alternative of the first `{...}` in turn (each
   sorted on its own, as glibc does). -1 when there is none to expand. */
static int braces(const char *pattern, int flags, errfunc_t errfunc, glob_t *g) {
    const char *begin = pattern;
    while (*begin && *begin != '{') {
        if (!(flags & GLOB_NOESCAPE) && *begin == '\\' && begin[1]) begin++;
        begin++;
    }
    if (!*begin) return -1;
    const char *next = next_alternative(begin + 1, flags), *rest = next;
    if (!next) return -1;
    while (*rest != '}')
        if (!(rest = next_alternative(rest + 1, flags))) return -1;
    rest++;
    char *buf = malloc(strlen(pattern) + 1);
    if (!buf) return GLOB_NOSPACE;
    size_t lead = (size_t)(begin - pattern), first = g->gl_pathc;
    memcpy(buf, pattern, lead);
    for (const char *p = begin + 1;; p = next + 1, next = next_alternative(p, flags)) {
        memcpy(buf + lead, p, (size_t)(next - p));
        strcpy(buf + lead + (next - p), rest);
        int r = glob(buf, (flags & ~(GLOB_NOCHECK | GLOB_NOMAGIC)) | GLOB_APPEND, errfunc, g);
        if (r && r != GLOB_NOMATCH) {
            free(buf);
            if (!(flags & GLOB_APPEND)) {
                globfree(g);
                g->gl_pathc = 0;
            }
            return r;
        }
        if (*next == '}') break;
    }
    free(buf);
    if (g->gl_pathc != first) return 0;
    if (!(flags & (GLOB_NOCHECK | GLOB_NOMAGIC))) return GLOB_NOMATCH;
    return -1;
}

/* "~" and "~/..." name $HOME. There is no user database, so "~user"
   names no one. Returns the new directory (malloced), or the old one. */
static char *tilde(char *dir, int flags, int *nomatch) {
    if (dir[1] == 0 || dir[1] == '/' ||
        (!(flags & GLOB_NOESCAPE) && dir[1] == '\\' && (dir[2] == 0 || dir[2] == '/'))) {
        const char *home = getenv("HOME");
        if (!home || !*home) {
            if (flags & GLOB_TILDE_CHECK) {
                *nomatch = 1;
                return dir;
            }
            home = "~";
        }
        return concat(home, dir + 1, "");
    }
    if (flags & GLOB_TILDE_CHECK) *nomatch = 1;
    return dir;
}

int glob(const char *pattern, int flags, errfunc_t errfunc, glob_t *g) {
    if (!pattern || !g || (flags & ~ALL_FLAGS)) {
        errno = EINVAL;
        return -1;
    }
    size_t plen = strlen(pattern);
    /* A final `/` matches only directories. */
    if (plen && pattern[plen - 1] == '/') flags |= GLOB_ONLYDIR;
    if (!(flags & GLOB_DOOFFS)) g->gl_offs = 0;
    if (!(flags & GLOB_APPEND)) {
        g->gl_pathc = 0;
        if (!(flags & GLOB_DOOFFS)) {
            g->gl_pathv = 0;
        } else {
            g->gl_pathv = malloc((g->gl_offs + 1) * sizeof *g->gl_pathv);
            if (!g->gl_pathv) return GLOB_NOSPACE;
            for (size_t i = 0; i <= g->gl_offs; i++) g->gl_pathv[i] = 0;
        }
    }
    if (flags & GLOB_BRACE) {
        int r = braces(pattern, flags, errfunc, g);
        if (r >= 0) return r;
    }

    size_t old = g->gl_pathc, dirlen = 0;
    const char *slash = strrchr(pattern, '/'), *file;
    char *dir = 0;   /* the directory part, malloced */
    int result = 0, modified = 0, nomatch = 0;
    if (!slash) {
        if ((flags & (GLOB_TILDE | GLOB_TILDE_CHECK)) && pattern[0] == '~') {
            file = 0; /* "~" alone: a directory, the whole answer */
            if (!(dir = strdup(pattern))) return GLOB_NOSPACE;
        } else {
            if (!*pattern) goto no_matches;
            file = pattern; /* in ".", named without it */
        }
    } else if (slash == pattern ||
               (slash == pattern + 1 && pattern[0] == '\\' && !(flags & GLOB_NOESCAPE))) {
        file = slash + 1;
        if (!(dir = strdup("/"))) return GLOB_NOSPACE;
        dirlen = 1;
    } else {
        dirlen = (size_t)(slash - pattern);
        file = slash + 1;
        if (!(dir = malloc(dirlen + 1))) return GLOB_NOSPACE;
        memcpy(dir, pattern, dirlen);
        dir[dirlen] = 0;
        if (!*file && dirlen > 1) {
            /* "pattern/": expand "pattern", marking directories. */
            int orig = flags;
            if (!(flags & GLOB_NOESCAPE) && dir[dirlen - 1] == '\\') {
                size_t l = dirlen;
                drop_final_backslash(dir, &dirlen);
                if (dirlen != l) flags &= ~(GLOB_NOCHECK | GLOB_NOMAGIC);
            }
            for (char *p = dir + dirlen - 1; p > dir && p[0] == '/' && p[-1] == '/'; p--) *p = 0;
            int r = glob(dir, flags | GLOB_MARK | GLOB_APPEND, errfunc, g);
            free(dir);
            if (r == 0) {
                g->gl_flags = (g->gl_flags & ~(GLOB_MARK | GLOB_APPEND)) |
                              (flags & (GLOB_MARK | GLOB_APPEND));
            } else if (r == GLOB_NOMATCH && flags != orig) {
                flags = orig;
                dir = 0;
                goto no_matches;
            }
            return r;
        }
    }

    if (dir && (flags & (GLOB_TILDE | GLOB_TILDE_CHECK)) && dir[0] == '~') {
        char *d = tilde(dir, flags, &nomatch);
        if (nomatch) {
            free(dir);
            return GLOB_NOMATCH;
        }
        if (!d) {
            free(dir);
            return GLOB_NOSPACE;
        }
        if (d != dir) {
            free(dir);
            dir = d;
            dirlen = strlen(dir);
            modified = 1;
        }
    }

    if (!file) {
        char *s = (flags & GLOB_MARK) && is_dir(g, flags, dir) ? concat(dir, "/", "") : strdup(dir);
        free(dir);
        if (add(g, s)) return GLOB_NOSPACE;
        g->gl_flags = flags;
        return 0;
    }

    int meta = dir ? pattern_type(dir, !(flags & GLOB_NOESCAPE)) : 0;
    if (meta & (PAT_SPECIAL | PAT_BRACKET)) {
        /* Wildcards in the directory part: glob it for directories, then
           match the last component in each. */
        glob_t dirs;
        if (!(flags & GLOB_NOESCAPE) && dirlen && dir[dirlen - 1] == '\\')
            drop_final_backslash(dir, &dirlen);
        if (flags & GLOB_ALTDIRFUNC) {
            dirs.gl_opendir = g->gl_opendir;
            dirs.gl_readdir = g->gl_readdir;
            dirs.gl_closedir = g->gl_closedir;
            dirs.gl_stat = g->gl_stat;
            dirs.gl_lstat = g->gl_lstat;
        }
        int r = glob(dir, (flags & (GLOB_ERR | GLOB_NOESCAPE | GLOB_ALTDIRFUNC)) | GLOB_NOSORT |
                              GLOB_ONLYDIR,
                     errfunc, &dirs);
        if (r) {
            if (!(flags & GLOB_NOCHECK) || r != GLOB_NOMATCH) {
                free(dir);
                return r;
            }
            goto no_matches;
        }
        for (size_t i = 0; i < dirs.gl_pathc; i++) {
            size_t before = g->gl_pathc;
            r = in_dir(file, dirs.gl_pathv[i], (flags | GLOB_APPEND) & ~(GLOB_NOCHECK | GLOB_NOMAGIC),
                       errfunc, g);
            if (r == GLOB_NOMATCH) continue;
            if (!r) r = prefix(g, before, dirs.gl_pathv[i]);
            if (r) {
                globfree(&dirs);
                globfree(g);
                g->gl_pathc = 0;
                free(dir);
                return r;
            }
        }
        globfree(&dirs);
        flags |= GLOB_MAGCHAR;
        if (g->gl_pathc == old) goto no_matches;
    } else {
        int orig = flags;
        if (meta & PAT_BACKSLASH) {
            /* A plain directory name, escapes and all: unescape it. */
            char *p = dir, *q = dir;
            do {
                if (*p == '\\') p++;
                *q++ = *p;
            } while (*p++);
            modified = 1;
        }
        if (modified) flags &= ~(GLOB_NOCHECK | GLOB_NOMAGIC);
        int r = in_dir(file, dir ? dir : ".", flags, errfunc, g);
        if (r) {
            if (r == GLOB_NOMATCH && flags != orig && g->gl_pathc == old) {
                flags = orig;
                goto no_matches;
            }
            free(dir);
            return r;
        }
        if (dir && (r = prefix(g, old, dir))) {
            globfree(g);
            g->gl_pathc = 0;
            free(dir);
            return r;
        }
    }
    goto done;

no_matches:
    if (!(flags & GLOB_NOCHECK)) {
        free(dir);
        return GLOB_NOMATCH;
    }
    if (add(g, strdup(pattern))) {
        free(dir);
        return GLOB_NOSPACE;
    }
    g->gl_flags = flags;

done:
    free(dir);
    if (flags & GLOB_MARK) {
        for (size_t i = old; i < g->gl_pathc; i++) {
            char **e = &g->gl_pathv[g->gl_offs + i];
            if (!is_dir(g, flags, *e)) continue;
            char *s = concat(*e, "/", "");
            if (!s) {
                globfree(g);
                g->gl_pathc = 0;
                return GLOB_NOSPACE;
            }
            free(*e);
            *e = s;
        }
    }
    if (!(flags & GLOB_NOSORT))
        qsort(g->gl_pathv + g->gl_offs + old, g->gl_pathc - old, sizeof *g->gl_pathv, compare);
    return result;
}

void globfree(glob_t *g) {
    if (!g->gl_pathv) return;
    for (size_t i = 0; i < g->gl_pathc; i++) free(g->gl_pathv[g->gl_offs + i]);
    free(g->gl_pathv);
    g->gl_pathv = 0;
}
