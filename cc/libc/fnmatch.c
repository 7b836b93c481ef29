/* <fnmatch.h>: glibc's matcher, in the C locale. Brackets are read
   lazily, as glibc reads them: an unterminated `[` is an ordinary
   character when nothing before the end matched, and the rest of a
   bracket that matched is only skipped (so a bad class name after the
   matching character goes unnoticed). */
#include <ctype.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#define FOLD(c) ((flags & FNM_CASEFOLD) ? (unsigned)tolower(c) : (unsigned)(c))
/* glibc's CHARCLASS_NAME_MAX: a longer class name never matches. */
#define CLASS_MAX 2048

/* Whether byte `c` is in class `name` (length `len`): 1 or 0, or -1 when
   there is no such class. */
/* A collating symbol `[.c.]` at p (on the `.`): its byte in *sym and the
   pattern after it, or NULL when it is unterminated or not one byte long
   (only one-byte symbols exist in the C locale). */
static const unsigned char *collating(const unsigned char *p, unsigned *sym) {
    const unsigned char *start = p;
    size_t len = 0;
    for (;;) {
        unsigned char c = *++p;
        if (c == '.' && p[1] == ']') {
            if (len != 1) return 0;
            *sym = start[1];
            return p + 2;
        }
        if (!c) return 0;
        len++;
    }
}

static int in_class(const unsigned char *name, size_t len, int c) {
    char buf[8];
    if (len >= sizeof buf) return -1;
    memcpy(buf, name, len);
    buf[len] = 0;
    wctype_t t = wctype(buf);
    return t ? iswctype((wint_t)c, t) != 0 : -1;
}

/* Matches byte `ch` against the bracket expression whose text starts at
   `p` (just after the `[`): 1 if it matches (then *end is just after the
   closing `]`), 0 if not, -1 if the `[` is an ordinary character. */
static int bracket(const unsigned char *p, unsigned ch, int flags,
                   const unsigned char **end) {
    int noesc = flags & FNM_NOESCAPE;
    int not = *p == '!' || (*p == '^' && !getenv("POSIXLY_CORRECT"));
    if (not) p++;
    unsigned fn = FOLD(ch), c = *p++, lo, hi;
    for (;;) {
        if (!noesc && c == '\\') {
            if (!*p) return 0;
            c = FOLD(*p++);
            goto single;
        } else if (c == '[' && *p == ':') {
            const unsigned char *start = p, *name = p + 1;
            size_t len = 0;
            for (;;) {
                if (len == CLASS_MAX) return 0;
                c = *++p;
                if (c == ':' && p[1] == ']') {
                    p += 2;
                    break;
                }
                if (c < 'a' || c >= 'z') {
                    /* Not a class name: the `[` is a member. */
                    p = start;
                    c = '[';
                    goto single;
                }
                len++;
            }
            int r = in_class(name, len, (int)ch);
            if (r < 0) return 0;
            if (r) goto matched;
            c = *p++;
        } else if (c == '[' && *p == '=') {
            /* Equivalence class: in the C locale, the byte itself. */
            const unsigned char *start = p;
            if (!p[1] || p[2] != '=' || p[3] != ']') {
                p = start;
                c = '[';
                goto single;
            }
            unsigned e = p[1];
            p += 4;
            if (ch == e) goto matched;
            c = *p++;
        } else if (c == 0) {
            return -1;
        } else {
            int is_range;
            if (c == '[' && *p == '.') {
                unsigned sym;
                p = collating(p, &sym);
                if (!p) return 0;
                is_range = *p == '-' && p[1];
                if (!is_range && ch == sym) goto matched;
                lo = sym;
                c = *p++;
            } else {
                c = FOLD(c);
            single:
                is_range = *p == '-' && p[1] && p[1] != ']';
                if (!is_range && c == fn) goto matched;
                lo = c;
                c = *p++;
            }
            if (c == '-' && *p != ']') {
                hi = *p++;
                if (hi == '[' && *p == '.') {
                    unsigned sym;
                    p = collating(p, &sym);
                    if (!p) return 0;
                    hi = sym;
                } else {
                    if (!noesc && hi == '\\') hi = *p++;
                    if (!hi) return 0;
                    hi = FOLD(hi);
                }
                if (lo <= fn && fn <= hi) goto matched;
                c = *p++;
            }
        }
        if (c == ']') break;
    }
    *end = p;
    return not;

matched:
    /* Skip the rest of the expression. */
    while ((c = *p++) != ']') {
        if (!c) return -1;
        if (!noesc && c == '\\') {
            if (!*p) return 0;
            p++;
        } else if (c == '[' && *p == ':') {
            const unsigned char *start = p;
            size_t len = 0;
            for (;;) {
                c = *++p;
                if (++len == CLASS_MAX) return 0;
                if (*p == ':' && p[1] == ']') {
                    p += 2;
                    break;
                }
                if (c < 'a' || c >= 'z') {
                    p = start;
                    break;
                }
            }
        } else if (c == '[' && *p == '=') {
            if (!p[1] || p[2] != '=' || p[3] != ']') return 0;
            p += 4;
        } else if (c == '[' && *p == '.') {
            for (;;) {
                c = *++p;
                if (!c) return 0;
                if (c == '.' && p[1] == ']') break;
            }
            p += 2;
        }
    }
    *end = p;
    return !not;
}

/* Backtracking is only ever to the last `*` seen: once the text between
   two stars has matched at its first possible place, an earlier star
   never needs to take more (glibc commits the same way). */
int fnmatch(const char *pattern, const char *string, int flags) {
    const unsigned char *p = (const unsigned char *)pattern;
    const unsigned char *n = (const unsigned char *)string;
    const unsigned char *sp = 0, *sn = 0; /* after the last star */
    int pathname = flags & FNM_PATHNAME;
    /* Whether a `.` at n is leading, so only a literal `.` matches it. */
    int lead = (flags & FNM_PERIOD) != 0;
    for (;;) {
        unsigned c = *p++;
        int next_lead = 0;
        switch (c) {
        case 0:
            if (!*n || ((flags & FNM_LEADING_DIR) && *n == '/')) return 0;
            goto fail;
        case '?':
            if (!*n || (*n == '/' && pathname) || (*n == '.' && lead)) goto fail;
            break;
        case '\\':
            if (!(flags & FNM_NOESCAPE)) {
                c = *p++;
                if (!c) goto fail;
            }
            if (!*n || FOLD(c) != FOLD(*n)) goto fail;
            break;
        case '*':
            if (*n == '.' && lead) goto fail;
            while (*p == '*') p++;
            if (!*p) {
                /* Under FNM_PATHNAME a star does not take a `/`. */
                if (!pathname || (flags & FNM_LEADING_DIR) || !strchr((const char *)n, '/'))
                    return 0;
                return FNM_NOMATCH;
            }
            /* What follows a star starts before the next `/`, unless it
               is that `/` (glibc's rule, which a `\/` does not meet). */
            if (pathname && *n == '/' && *p != '/') return FNM_NOMATCH;
            sp = p;
            sn = n;
            lead = 0;
            continue;
        case '[': {
            if (!*n || (*n == '.' && lead) || (*n == '/' && pathname)) goto fail;
            const unsigned char *e;
            int r = bracket(p, *n, flags, &e);
            if (r < 0) {
                if (*n != '[') goto fail;
            } else if (r) {
                p = e;
            } else {
                goto fail;
            }
            break;
        }
        case '/':
            if (pathname && (flags & FNM_PERIOD)) {
                if (*n != '/') goto fail;
                next_lead = 1;
                break;
            }
            /* fall through */
        default:
            if (!*n || FOLD(c) != FOLD(*n)) goto fail;
        }
        lead = next_lead;
        n++;
        continue;
    fail:
        /* Let the last star take one more character. */
        if (!sp || !*sn || (pathname && *sn == '/')) return FNM_NOMATCH;
        p = sp;
        n = ++sn;
        lead = 0;
        if (pathname && *n == '/' && *p != '/') return FNM_NOMATCH;
    }
}
