/* POSIX 2008 locale objects and the _l functions programs use for
   locale-independent parsing and printing: newlocale's accepted and refused
   names and masks, duplocale, uselocale's thread locale, and strtod_l,
   strto(u)l(l)_l, isalpha_l and the other classes, tolower_l, strcoll_l,
   strxfrm_l, strftime_l, strcasecmp_l, nl_langinfo_l, strerror_l, all in
   the C locale. */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

static int sign(int x) { return (x > 0) - (x < 0); }

static void try_newlocale(int mask, const char *name) {
    errno = 0;
    locale_t l = newlocale(mask, name, (locale_t)0);
    int e = errno;
    printf("newlocale(%#x, %s): %s", mask, name ? name : "NULL", l ? "ok" : "NULL");
    if (!l) printf(" errno %s", strerror(e));
    printf("\n");
    if (l) freelocale(l);
}

int main(void) {
    printf("masks: ctype %#x numeric %#x time %#x collate %#x monetary %#x messages %#x\n",
           LC_CTYPE_MASK, LC_NUMERIC_MASK, LC_TIME_MASK, LC_COLLATE_MASK, LC_MONETARY_MASK,
           LC_MESSAGES_MASK);
    printf("masks: paper %#x name %#x address %#x telephone %#x measurement %#x "
           "identification %#x all %#x\n",
           LC_PAPER_MASK, LC_NAME_MASK, LC_ADDRESS_MASK, LC_TELEPHONE_MASK, LC_MEASUREMENT_MASK,
           LC_IDENTIFICATION_MASK, LC_ALL_MASK);
    printf("categories: %d %d %d %d %d %d %d %d %d %d %d %d %d\n", LC_CTYPE, LC_NUMERIC, LC_TIME,
           LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL, LC_PAPER, LC_NAME, LC_ADDRESS,
           LC_TELEPHONE, LC_MEASUREMENT, LC_IDENTIFICATION);
    printf("LC_GLOBAL_LOCALE %ld\n", (long)LC_GLOBAL_LOCALE);

    try_newlocale(LC_ALL_MASK, "C");
    try_newlocale(LC_ALL_MASK, "POSIX");
    try_newlocale(LC_NUMERIC_MASK, "C");
    try_newlocale(LC_CTYPE_MASK | LC_COLLATE_MASK, "POSIX");
    try_newlocale(0, "C");
    try_newlocale(1 << LC_ALL, "C");
    try_newlocale(LC_ALL_MASK, "xx_NOWHERE.bogus-charset");
    try_newlocale(LC_NUMERIC_MASK, "no such locale");
    try_newlocale(LC_ALL_MASK, NULL);
    try_newlocale(1 << 13, "C");
    try_newlocale(-1, "C");
    printf("setlocale(LC_PAPER, NULL) = %s\n", setlocale(LC_PAPER, NULL));
    printf("setlocale(LC_IDENTIFICATION, \"C\") = %s\n", setlocale(LC_IDENTIFICATION, "C"));

    locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    locale_t d = duplocale(c);
    locale_t g = duplocale(LC_GLOBAL_LOCALE);
    printf("duplocale: %s %s\n", d ? "ok" : "NULL", g ? "ok" : "NULL");
    /* A base locale changed by newlocale is the result's, not the caller's. */
    locale_t n = newlocale(LC_NUMERIC_MASK, "C", d);
    printf("newlocale with base: %s\n", n ? "ok" : "NULL");

    /* uselocale: the thread's locale, global until set. */
    printf("uselocale(0) is global: %d\n", uselocale((locale_t)0) == LC_GLOBAL_LOCALE);
    locale_t old = uselocale(c);
    printf("uselocale(c) returned global: %d\n", old == LC_GLOBAL_LOCALE);
    printf("uselocale(0) is c: %d\n", uselocale((locale_t)0) == c);
    old = uselocale(LC_GLOBAL_LOCALE);
    printf("uselocale(global) returned c: %d\n", old == c);
    printf("uselocale(0) is global again: %d\n", uselocale((locale_t)0) == LC_GLOBAL_LOCALE);
    /* The usual pattern: switch, parse, switch back. */
    old = uselocale(c);
    double v = strtod("2.5e3", NULL);
    uselocale(old);
    printf("parsed under uselocale: %g, restored global: %d\n", v, old == LC_GLOBAL_LOCALE);

    /* Numbers. */
    char *end;
    printf("strtod_l: %.17g", strtod_l("3.141592653589793rest", &end, c));
    printf(" end \"%s\"\n", end);
    printf("strtod_l: %g %g %g\n", strtod_l("  -1.5e-3", NULL, c), strtod_l("0x1p4", NULL, c),
           strtod_l("inf", NULL, c));
    printf("strtod_l comma: %g", strtod_l("1,5", &end, c));
    printf(" end \"%s\"\n", end);
    printf("strtof_l: %.9g\n", (double)strtof_l("0.1", NULL, c));
    printf("strtold_l: %.6Lg\n", strtold_l("12.75", NULL, c));
    printf("strtol_l: %ld %ld %ld\n", strtol_l("-1234", NULL, 10, c), strtol_l("ff", NULL, 16, c),
           strtol_l("0777", NULL, 0, c));
    printf("strtoul_l: %lu\n", strtoul_l("4294967296", NULL, 10, c));
    printf("strtoll_l: %lld\n", strtoll_l("-9223372036854775808", NULL, 10, c));
    printf("strtoull_l: %llu\n", strtoull_l("18446744073709551615", NULL, 10, c));
    errno = 0;
    long big = strtol_l("99999999999999999999", &end, 10, c);
    printf("strtol_l overflow: %ld %s end \"%s\"\n", big, errno == ERANGE ? "ERANGE" : "-", end);

    /* Character classes: glibc's class bits. */
    const char *chars = "aZ5 \t\n!~_\x7f\x80";
    for (const char *p = chars; *p; p++) {
        int ch = (unsigned char)*p;
        printf("%3d: alnum %d alpha %d blank %d cntrl %d digit %d graph %d lower %d print %d "
               "punct %d space %d upper %d xdigit %d tolower %d toupper %d\n",
               ch, isalnum_l(ch, c), isalpha_l(ch, c), isblank_l(ch, c), iscntrl_l(ch, c),
               isdigit_l(ch, c), isgraph_l(ch, c), islower_l(ch, c), isprint_l(ch, c),
               ispunct_l(ch, c), isspace_l(ch, c), isupper_l(ch, c), isxdigit_l(ch, c),
               tolower_l(ch, c), toupper_l(ch, c));
    }
    printf("tolower_l(EOF) %d toupper_l(EOF) %d\n", tolower_l(EOF, c), toupper_l(EOF, c));

    /* Strings. */
    printf("strcoll_l: %d %d %d\n", sign(strcoll_l("apple", "banana", c)),
           sign(strcoll_l("B", "a", c)), sign(strcoll_l("same", "same", c)));
    char x[16];
    size_t k = strxfrm_l(x, "hello", sizeof x, c);
    printf("strxfrm_l: %zu \"%s\" %zu\n", k, x, strxfrm_l(NULL, "longer string", 0, c));
    printf("strcasecmp_l: %d %d %d\n", sign(strcasecmp_l("HeLLo", "hello", c)),
           sign(strcasecmp_l("abc", "ABD", c)), sign(strcasecmp_l("b", "A", c)));
    printf("strncasecmp_l: %d %d\n", sign(strncasecmp_l("HELLO world", "hello WORLD", 5, c)),
           sign(strncasecmp_l("abcX", "ABCy", 4, c)));
    printf("strerror_l: %s / %s\n", strerror_l(ENOENT, c), strerror_l(EINVAL, c));

    /* Time and langinfo. */
    struct tm tm = {0};
    tm.tm_year = 124;
    tm.tm_mon = 1;
    tm.tm_mday = 29;
    tm.tm_hour = 13;
    tm.tm_min = 5;
    tm.tm_sec = 9;
    tm.tm_wday = 4;
    tm.tm_yday = 59;
    char buf[128];
    size_t len = strftime_l(buf, sizeof buf, "%A %d %B %Y %H:%M:%S %p %j %a %b", &tm, c);
    printf("strftime_l: %zu \"%s\"\n", len, buf);
    printf("strftime_l too small: %zu\n", strftime_l(buf, 5, "%Y-%m-%d", &tm, c));
    printf("nl_langinfo_l: %s | %s | %s | %s | %s | %s\n", nl_langinfo_l(CODESET, c),
           nl_langinfo_l(RADIXCHAR, c), nl_langinfo_l(D_T_FMT, c), nl_langinfo_l(DAY_1, c),
           nl_langinfo_l(ABMON_12, c), nl_langinfo_l(YESEXPR, c));

    freelocale(n);
    freelocale(g);
    freelocale(c);
    return 0;
}
