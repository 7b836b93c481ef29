/* <locale.h>: the C locale. setlocale queries and accepts "C" and "POSIX"
   (gcc's run: the environment's locale is not asked for with ""), refuses
   unknown names and categories; localeconv describes the C locale; strcoll
   and strxfrm are byte order. */
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    printf("query: %s\n", setlocale(LC_ALL, NULL));
    printf("C: %s\n", setlocale(LC_ALL, "C"));
    printf("POSIX: %s\n", setlocale(LC_NUMERIC, "POSIX"));
    printf("LC_TIME query: %s\n", setlocale(LC_TIME, NULL));
    printf("unknown locale gives NULL: %d\n", setlocale(LC_ALL, "xx_YY.NOPE") == NULL);
    printf("bad category gives NULL: %d\n", setlocale(99, "C") == NULL);
    printf("still C: %s\n", setlocale(LC_ALL, NULL));
    struct lconv *lc = localeconv();
    printf("decimal_point '%s' thousands_sep '%s' grouping '%s'\n", lc->decimal_point, lc->thousands_sep, lc->grouping);
    printf("int_curr_symbol '%s' currency_symbol '%s' mon_decimal_point '%s'\n", lc->int_curr_symbol,
           lc->currency_symbol, lc->mon_decimal_point);
    printf("positive_sign '%s' negative_sign '%s'\n", lc->positive_sign, lc->negative_sign);
    const char fields[] = {lc->int_frac_digits, lc->frac_digits, lc->p_cs_precedes, lc->p_sep_by_space,
                           lc->n_cs_precedes, lc->n_sep_by_space, lc->p_sign_posn, lc->n_sign_posn};
    for (unsigned i = 0; i < sizeof fields; i++) printf("%d ", fields[i] == CHAR_MAX);
    printf("\n");
    printf("LC_ALL %d LC_CTYPE %d LC_NUMERIC %d\n", LC_ALL, LC_CTYPE, LC_NUMERIC);
    const char *words[] = {"apple", "Apple", "banana", "apple2", "", "\xe9t\xe9"};
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++) {
            int c = strcoll(words[i], words[j]);
            printf("%c", c < 0 ? '<' : c > 0 ? '>' : '=');
        }
    printf("\n");
    char x[16];
    size_t n = strxfrm(x, "hello", sizeof x);
    printf("strxfrm %zu '%s' %zu\n", n, x, strxfrm(NULL, "abc", 0));
    return 0;
}
