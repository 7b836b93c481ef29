/* fnmatch: wildcards, brackets (negation, ranges, `]` first, classes,
   unterminated), escapes and every flag, against glibc's answers. */
#include <fnmatch.h>
#include <stdio.h>

struct t {
    const char *pattern, *string;
    int flags;
};

#define P FNM_PATHNAME
#define D FNM_PERIOD
#define E FNM_NOESCAPE
#define C FNM_CASEFOLD
#define L FNM_LEADING_DIR

static const struct t tests[] = {
    {"abc", "abc", 0}, {"abc", "abd", 0}, {"abc", "ab", 0}, {"", "", 0},
    {"", "a", 0}, {"a*", "a", 0}, {"a*", "abc", 0}, {"*c", "abc", 0},
    {"*c", "abd", 0}, {"a*c", "ac", 0}, {"a*c", "abbbc", 0}, {"a*c", "abcd", 0},
    {"a*b*c", "aXbYbZc", 0}, {"a*b*c", "aXbYbZ", 0}, {"*a*a*a*", "banana", 0},
    {"*a*a*a*a", "banana", 0}, {"?", "a", 0}, {"?", "", 0}, {"??", "a", 0},
    {"a?c", "abc", 0}, {"*?", "", 0}, {"*?", "x", 0}, {"***", "", 0},
    {"[abc]", "b", 0}, {"[abc]", "d", 0}, {"[!abc]", "d", 0}, {"[!abc]", "a", 0},
    {"[^abc]", "d", 0}, {"[^abc]", "c", 0}, {"[a-c]x", "bx", 0}, {"[a-c]x", "dx", 0},
    {"[c-a]", "b", 0}, {"[]]", "]", 0}, {"[]a]", "a", 0}, {"[!]]", "]", 0},
    {"[!]]", "x", 0}, {"[a-]", "-", 0}, {"[-a]", "-", 0}, {"[]-a]", "^", 0},
    {"[]-a]", "b", 0}, {"[", "[", 0}, {"[a", "[a", 0}, {"[a", "a", 0},
    {"[ab[a", "[ab[a", 0}, {"[!]", "[!]", 0}, {"[a-", "a", 0}, {"x[", "x[", 0},
    {"[[:alpha:]]", "q", 0}, {"[[:alpha:]]", "7", 0}, {"[[:digit:]x]", "7", 0},
    {"[[:digit:]x]", "x", 0}, {"[![:digit:]]", "7", 0}, {"[[:upper:]]", "Q", 0},
    {"[[:upper:]]", "q", C}, {"[[:lower:]]", "q", 0}, {"[[:space:]]", " ", 0},
    {"[[:blank:]]", "\t", 0}, {"[[:punct:]]", "!", 0}, {"[[:xdigit:]]", "f", 0},
    {"[[:xdigit:]]", "g", 0}, {"[[:alnum:]]", "_", 0}, {"[[:cntrl:]]", "\x7f", 0},
    {"[[:print:]]", " ", 0}, {"[[:graph:]]", " ", 0}, {"[[:foo:]]", "f", 0},
    {"[x[:foo:]]", "x", 0}, {"[[:foo:]x]", "x", 0}, {"[[:alpha:]", "[", 0},
    {"[[:Alpha:]]", "A", 0}, {"[[=a=]]", "a", 0}, {"[[=a=]b]", "b", 0},
    {"[[.a.]]", "a", 0}, {"[[.a.]-c]", "b", 0}, {"[[.-.]]", "-", 0},
    {"[[.ab.]]", "a", 0}, {"\\*", "*", 0}, {"\\*", "x", 0}, {"\\*", "\\x", E},
    {"\\", "\\", 0}, {"\\", "\\", E}, {"a\\", "a", 0}, {"[\\]]", "]", 0},
    {"[\\]]", "\\", E}, {"[\\!a]", "!", 0}, {"[a\\-c]", "b", 0}, {"[a\\-c]", "-", 0},
    {"ABC", "abc", C}, {"abc", "ABC", C}, {"[a-c]", "B", C}, {"[A-C]", "b", C},
    {"[B]", "b", 0}, {"*B*", "abc", C}, {"\\A", "a", C},
    {"*", "a/b", 0}, {"*", "a/b", P}, {"a?b", "a/b", P}, {"a[/]b", "a/b", P},
    {"a[/]b", "a/b", 0}, {"a/*", "a/b", P}, {"a/*", "a/b/c", P}, {"*/b", "a/b", P},
    {"*/b", "a/c/b", P}, {"*/*", "a/b", P}, {"*\\/b", "a/b", P}, {"\\/b", "/b", P},
    {"a*", "ab/c", P | L}, {"a*", "ab/c", L}, {"ab", "ab/c", L}, {"ab", "abc", L},
    {"a", "a/", P | L}, {"*/c", "a/b/c", P | L}, {"a/b", "a/b/c/d", L},
    {"*", ".x", D}, {"*", ".x", 0}, {"?x", ".x", D}, {"[.]x", ".x", D},
    {".*", ".x", D}, {"a*", "a.x", D}, {"*/*", "a/.x", P | D}, {"*/.*", "a/.x", P | D},
    {"*", "a/.x", D}, {"a/?", "a/.", P | D}, {"a/[!a]", "a/.", P | D},
    {"*x", "a/.x", D}, {"*", ".", P | D}, {"a\\/*", "a/.x", P | D},
    {"a\\/*", "a/x", P | D}, {"*/*", "a/.x", P}, {"*a/.b*", "xa/.bc", P | D},
};

int main(void) {
    int n = (int)(sizeof tests / sizeof tests[0]);
    for (int i = 0; i < n; i++) {
        const struct t *t = &tests[i];
        int r = fnmatch(t->pattern, t->string, t->flags);
        printf("%-14s %-8s %2d -> %d\n", t->pattern, t->string, t->flags, r);
    }
    printf("FNM_NOMATCH %d\n", FNM_NOMATCH);
    return 0;
}
