/* <regex.h>: BRE and ERE against glibc's answers: matches with their
   submatch offsets (unambiguous ones), anchors, classes, intervals,
   alternation, back-references, the flags, error codes and messages; a
   deeply nested pattern and a hostile one must not trap. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define E REG_EXTENDED
#define I REG_ICASE
#define N REG_NEWLINE
#define S REG_NOSUB

struct t {
    int cflags, eflags;
    const char *pattern, *subject;
};

static const struct t tests[] = {
    /* ERE basics */
    {E, 0, "abc", "xxabcxx"},
    {E, 0, "abc", "abx"},
    {E, 0, "a.c", "abc a-c"},
    {E, 0, "a*", "aaab"},
    {E, 0, "a*", "baaa"},
    {E, 0, "ba*", "xbaaa"},
    {E, 0, "a+b", "caaab"},
    {E, 0, "a+b", "cb"},
    {E, 0, "colou?r", "my color"},
    {E, 0, "colou?r", "my colour"},
    {E, 0, "^abc", "abcabc"},
    {E, 0, "^abc", "xabc"},
    {E, 0, "abc$", "abcabc"},
    {E, 0, "abc$", "abcx"},
    {E, 0, "^$", ""},
    {E, 0, "^$", "x"},
    {E, 0, "x*", ""},
    {E, 0, "cat|dog", "hotdog"},
    {E, 0, "cat|dog|bird", "a bird"},
    {E, 0, "(cat|dog)s", "dogs and cats"},
    {E, 0, "a(b|c)d", "xacd"},
    {E, 0, "(a)(b)(c)", "abc"},
    {E, 0, "((a)(b))c", "abc"},
    {E, 0, "(a(b(c)))", "zabcz"},
    {E, 0, "x(a|b)*y", "xababy"},
    {E, 0, "(ab)+", "ababab!"},
    {E, 0, "(ab)+c", "abababc"},
    {E, 0, "([0-9]+)-([0-9]+)", "call 555-1234 now"},
    {E, 0, "([a-z]+)@([a-z]+)\\.com", "mail bob@example.com"},
    {E, 0, "a{3}", "aaaa"},
    {E, 0, "a{2,3}", "aaaa"},
    {E, 0, "a{2,}", "aaaaa"},
    {E, 0, "a{,2}b", "aaab"},
    {E, 0, "a{0}b", "ab"},
    {E, 0, "(ab){2}", "abababx"},
    {E, 0, "x(ab){1,2}y", "xababy"},
    {E, 0, "x(ab){1,2}y", "xabababy"},
    {E, 0, "[abc]+", "xxcabz"},
    {E, 0, "[^abc]+", "abxyzc"},
    {E, 0, "[a-f0-9]+", "zz3fa9g"},
    {E, 0, "[]a]+", "x]a]"},
    {E, 0, "[^]a]+", "]]bc"},
    {E, 0, "[a-]+", "x-a-"},
    {E, 0, "[[:digit:]]+", "abc123def"},
    {E, 0, "[[:alpha:]]+", "123abc456"},
    {E, 0, "[[:upper:][:digit:]]+", "abC9Dx"},
    {E, 0, "[[:space:]]+", "a \t b"},
    {E, 0, "[[:punct:]]", "ab,c"},
    {E, 0, "[^[:alnum:]]", "ab1_c"},
    {E, 0, "[[.-.]a]+", "x-a-"},
    {E, 0, "[[=a=]]", "bab"},
    {E, 0, "a\\.b", "axb a.b"},
    {E, 0, "\\(x\\)", "(x)"},
    {E, 0, "a|b|", "c"},
    {E, 0, "()", "x"},
    {E, 0, "(a|)b", "b"},
    {E, 0, "a)", "a)"},
    /* leftmost, then longest */
    {E, 0, "a|ab", "abc"},
    {E, 0, "ab|a", "abc"},
    {E, 0, "(a|ab)(c|bcd)", "abcd"},
    {E, 0, "x*y|x*yz", "xxyz"},
    {E, 0, "(wee|week)(knights|night)", "weeknights"},
    {E, 0, "(.*)c", "abcabc"},
    {E, 0, "(a*)b", "aaab"},
    {E, 0, "(a*)(b*)", "aabbb"},
    {E, 0, "(a+)(a+)", "aaaa"},
    {E, 0, "(.)(.)(.)", "xyz"},
    {E, 0, "(a|b)*c", "abac"},
    {E, 0, "(a*)*", "b"},
    {E, 0, "(a*)+", "b"},
    {E, 0, "(a*)*x", "x"},
    {E, 0, "(x?)*", "x"},
    {E, 0, "(a|b)*", "ab"},
    {E, 0, "(a+|b)*", "ab"},
    /* word operators (GNU) */
    {E, 0, "\\bfoo\\b", "a foobar foo"},
    {E, 0, "\\<bar", "foobar bar"},
    {E, 0, "oo\\>", "foo! zoo"},
    {E, 0, "\\w+", "  hello_1 world"},
    {E, 0, "\\W+", "ab, cd"},
    {E, 0, "\\s+", "ab  cd"},
    {E, 0, "\\S+", "  ab cd"},
    {E, 0, "\\Boo", "oo foo"},
    {E, 0, "\\`a", "aa"},
    {E, 0, "a\\'", "aa"},
    /* back-references */
    {E, 0, "(a+)\\1", "aaaaa"},
    {E, 0, "(.)\\1", "abccd"},
    {E, 0, "([a-z]+) \\1", "the the cat"},
    {E, 0, "(a)(b)\\2\\1", "xabba"},
    {0, 0, "\\(ab\\)\\1", "xababy"},
    {0, 0, "\\(.\\)\\(.\\)\\2\\1", "xyzzyq"},
    {0, 0, "\\([a-c]*\\)x\\1", "abxab"},
    {0, 0, "\\(a\\)*\\1", "aaa"},
    {I, 0, "\\(ab\\)\\1", "AbaB"},
    /* BRE */
    {0, 0, "a\\{2\\}", "aaa"},
    {0, 0, "a\\{1,2\\}b", "aaab"},
    {0, 0, "ab*c", "abbbc"},
    {0, 0, "a\\+", "baaa"},
    {0, 0, "a\\?b", "xab"},
    {0, 0, "cat\\|dog", "dog"},
    {0, 0, "\\(a\\|b\\)c", "xbc"},
    {0, 0, "a+b", "a+b aab"},
    {0, 0, "a?b", "a?b"},
    {0, 0, "a|b", "a|b"},
    {0, 0, "(ab)", "x(ab)"},
    {0, 0, "a{2}", "a{2}"},
    {0, 0, "*a", "x*a"},
    {0, 0, "^*a", "*a"},
    {0, 0, "\\(*a\\)", "*a"},
    {0, 0, "a^b", "a^b"},
    {0, 0, "a$b", "a$b"},
    {0, 0, "^^", "^x"},
    {0, 0, "x$$", "x$"},
    {0, 0, "\\(^a\\)", "ab"},
    {0, 0, "\\(a$\\)", "ba"},
    {0, 0, "^a\\|b$", "xb"},
    {0, 0, "\\.", "a.b"},
    {0, 0, "[.]", "ab."},
    {0, 0, "[\\]", "a\\b"},
    /* REG_ICASE */
    {E | I, 0, "hello", "say HeLLo"},
    {E | I, 0, "[a-c]+", "xxABcz"},
    {E | I, 0, "[^a]+", "AaBb"},
    {E | I, 0, "[[:lower:]]+", "ABC"},
    /* REG_NEWLINE */
    {E, 0, "a.b", "a\nb"},
    {E | N, 0, "a.b", "a\nb"},
    {E, 0, "a[^x]b", "a\nb"},
    {E | N, 0, "a[^x]b", "a\nb"},
    {E | N, 0, "^b", "a\nb"},
    {E, 0, "^b", "a\nb"},
    {E | N, 0, "a$", "a\nb"},
    {E, 0, "a$", "a\nb"},
    {E | N, 0, "^$", "a\n\nb"},
    {0 | N, 0, "^x*$", "ab\nxx\n"},
    /* REG_NOTBOL, REG_NOTEOL */
    {E, REG_NOTBOL, "^a", "aa"},
    {E, REG_NOTBOL, "a", "aa"},
    {E | N, REG_NOTBOL, "^a", "aa\nab"},
    {E, REG_NOTEOL, "a$", "aa"},
    {E | N, REG_NOTEOL, "a$", "xa\nya"},
    {E, REG_NOTBOL | REG_NOTEOL, "^$", ""},
    {E, REG_NOTBOL, "x*", "aa"},
    /* REG_NOSUB */
    {E | S, 0, "(a)(b)", "ab"},
    {E | S, 0, "c", "ab"},
};

static void run(const struct t *t) {
    regex_t re;
    regmatch_t m[10];
    char shown[64];
    size_t k = 0;
    for (const char *s = t->subject; *s && k < sizeof shown - 3; s++) {
        if (*s == '\n') {
            shown[k++] = '\\';
            shown[k++] = 'n';
        } else {
            shown[k++] = *s;
        }
    }
    shown[k] = 0;
    printf("%c%s %-22s %-20s", t->cflags & E ? 'E' : 'B',
           t->cflags & I ? "i" : t->cflags & N ? "n" : t->cflags & S ? "s" : "", t->pattern, shown);
    int rc = regcomp(&re, t->pattern, t->cflags);
    if (rc) {
        printf(" regcomp %d\n", rc);
        return;
    }
    for (int i = 0; i < 10; i++) m[i].rm_so = m[i].rm_eo = -7;
    rc = regexec(&re, t->subject, 10, m, t->eflags);
    printf(" nsub %d:", (int)re.re_nsub);
    if (rc == REG_NOMATCH) {
        printf(" no match\n");
    } else if (rc) {
        printf(" error %d\n", rc);
    } else {
        for (int i = 0; i < 10 && (i <= (int)re.re_nsub || i < 2); i++)
            printf(" %d,%d", (int)m[i].rm_so, (int)m[i].rm_eo);
        printf("\n");
    }
    regfree(&re);
}

static const struct {
    int cflags;
    const char *pattern;
} bad[] = {
    {E, "a{1"},   {E, "a{x}"},   {E, "a{2,1}"},   {E, "{1}"},   {E, "a{99999}"},
    {E, "("},     {E, "\\"},     {E, "[a"},       {E, "[[:foo:]]"}, {E, "[z-a]"},
    {E, "(a)\\2"}, {E, "(a\\1)"}, {E, "*a"},      {E, "a|*b"},  {E, "^*"},
    {E, "[[.ab.]]"}, {E, "[a-[:alpha:]]"}, {E, "[]"}, {0, "a\\{1"}, {0, "\\{1\\}"},
    {0, "\\(a"},  {0, "a\\)"},   {0, "a**"},      {0, "x\\{1\\}\\{2\\}"}, {0, "\\(a\\)\\|\\1"},
    {0, "["},     {E, "a{1,2,3}"},
};

int main(void) {
    for (size_t i = 0; i < sizeof tests / sizeof *tests; i++) run(&tests[i]);

    char buf[64];
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        regex_t re;
        int rc = regcomp(&re, bad[i].pattern, bad[i].cflags);
        regerror(rc, &re, buf, sizeof buf);
        printf("%c %-16s -> %2d %s\n", bad[i].cflags & E ? 'E' : 'B', bad[i].pattern, rc, buf);
        if (!rc) regfree(&re);
    }
    for (int code = 0; code <= 16; code++) {
        size_t need = regerror(code, 0, 0, 0);
        size_t got = regerror(code, 0, buf, 8);
        printf("regerror %2d: %2zu %zu \"%s\"\n", code, need, got, buf);
    }

    /* REG_STARTEND: only [rm_so, rm_eo) is searched; offsets stay
       relative to the string. */
    regex_t re;
    regmatch_t m[2];
    regcomp(&re, "b+", E);
    m[0].rm_so = 3;
    m[0].rm_eo = 6;
    int rc = regexec(&re, "abbxbbbb", 2, m, REG_STARTEND);
    printf("STARTEND: %d %d,%d\n", rc, (int)m[0].rm_so, (int)m[0].rm_eo);
    regfree(&re);

    /* The same regex used many times; nmatch smaller than re_nsub+1. */
    regcomp(&re, "([a-z]+)=([0-9]+)", E);
    const char *lines[] = {"x=1", "name=42;", "bad", "=3", "k=v9=8"};
    for (int i = 0; i < 5; i++) {
        rc = regexec(&re, lines[i], 2, m, 0);
        if (rc)
            printf("%s: no match\n", lines[i]);
        else
            printf("%s: %d,%d %d,%d\n", lines[i], (int)m[0].rm_so, (int)m[0].rm_eo,
                   (int)m[1].rm_so, (int)m[1].rm_eo);
    }
    printf("nmatch 0: %d\n", regexec(&re, "a=1", 0, 0, 0));
    regfree(&re);

    /* Deep nesting: regcomp refuses it or compiles it, but never traps. */
    static char deep[3 * 1500 + 2];
    char *p = deep;
    for (int i = 0; i < 1500; i++) *p++ = '(';
    *p++ = 'a';
    for (int i = 0; i < 1500; i++) *p++ = ')';
    *p = 0;
    rc = regcomp(&re, deep, E);
    printf("deep: %s\n", rc == 0 || rc == REG_ESPACE ? "ok" : "bad");
    if (!rc) regfree(&re);

    /* A hostile pattern on a long subject. */
    static char subject[3001];
    memset(subject, 'a', 3000);
    regcomp(&re, "(a*)*b", E);
    printf("(a*)*b on 3000 a: %d\n", regexec(&re, subject, 0, 0, 0));
    regfree(&re);
    regcomp(&re, "(a|aa)*c", E);
    printf("(a|aa)*c on 3000 a: %d\n", regexec(&re, subject, 0, 0, 0));
    regfree(&re);
    regcomp(&re, "^(a+)+$", E);
    rc = regexec(&re, subject, 2, m, 0);
    printf("^(a+)+$ on 3000 a: %d %d,%d\n", rc, (int)m[1].rm_so, (int)m[1].rm_eo);
    regfree(&re);
    return 0;
}
