/* <wordexp.h>: field splitting, quotes, tilde, parameter forms, arithmetic,
   errors, and the DOOFFS/APPEND/REUSE/UNDEF flags. Patterns that match no
   file stay as written (the test does not depend on the directory). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wordexp.h>

static void t(const char *s, int flags) {
    wordexp_t w;
    int r = wordexp(s, &w, flags);
    printf("[%s] %d:", s, r);
    if (r == 0) {
        for (size_t i = 0; i < w.we_wordc; i++) printf(" <%s>", w.we_wordv[i]);
        wordfree(&w);
    }
    printf("\n");
}

int main(void) {
    setenv("HOME", "/home/u", 1);
    setenv("A", "one two", 1);
    setenv("E", "", 1);
    setenv("N", "42", 1);
    unsetenv("U");
    unsetenv("IFS");
    static const char *cases[] = {
        "a b  c", "  lead and trail  ", "$A", "\"$A\"", "x${A}y", "x${A}", "'$A'", "~", "~/x", "a~",
        "a ~ b", "${#A}", "${#U}", "${U:-dflt}", "${E:-dflt}", "${E-dflt}", "${A:+set}", "${U:+set}",
        "${U-two words}", "\"${U-two words}\"", "$U", "a$U b", "a|b", "a;b", "a&b", "a>b", "(a)",
        "{a}", "\"a|b\"", "'a;b'", "a\\ b", "\"a\\\"b\"", "\"a\\nb\"", "'a\\b'", "'unterminated",
        "\"unterminated", "$((1+2*3))", "$((7/2))", "$(( (1+2)*-3 ))", "x$((N+1))y",
        "$((1/0))", "$((1+))", "nomatch*zz", "nomatch?zz[", "\"quoted*\"", "\"\"", "''", "x\"\"y", "$E",
        "a\tb", "${A", "${1bad}", "$", "a$", "a$ b", "~nosuchuser/x", "${A:?msg}",
        "$N$N", "\"$N\"'$N'$N", "${A%two}", "${A% *}", "${A%%o*}",
        "${A#o}", "${A#*o}", "${A##*o}", "${A#zz}", "\"${A% *}\"", "${N:=7}", "${V:=new}",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) t(cases[i], 0);
    t("$U", WRDE_UNDEF);
    t("${#U}", WRDE_UNDEF);
    t("${U:-ok}", WRDE_UNDEF);
    t("$(ls)", WRDE_NOCMD);
    t("`ls`", WRDE_NOCMD);
    printf("V is now %s\n", getenv("V"));

    /* Offsets, appending, reusing. */
    wordexp_t w;
    w.we_offs = 2;
    if (wordexp("first second", &w, WRDE_DOOFFS) == 0) {
        printf("offs %zu count %zu: %s %s [%s] [%s] %s\n", w.we_offs, w.we_wordc,
               w.we_wordv[0] ? "?" : "null", w.we_wordv[1] ? "?" : "null", w.we_wordv[2],
               w.we_wordv[3], w.we_wordv[4] ? "?" : "null");
        if (wordexp("$A", &w, WRDE_DOOFFS | WRDE_APPEND) == 0) {
            printf("appended: count %zu:", w.we_wordc);
            for (size_t i = 0; i < w.we_wordc; i++) printf(" <%s>", w.we_wordv[w.we_offs + i]);
            printf(" end %s\n", w.we_wordv[w.we_offs + w.we_wordc] ? "?" : "null");
        }
        if (wordexp("only", &w, WRDE_DOOFFS | WRDE_REUSE) == 0)
            printf("reused: count %zu: <%s>\n", w.we_wordc, w.we_wordv[w.we_offs]);
        wordfree(&w);
    }
    /* IFS from the environment. */
    setenv("IFS", ":", 1);
    setenv("P", "/bin:/usr/bin::/x y", 1);
    t("$P", 0);
    t("a:b c", 0);
    return 0;
}
