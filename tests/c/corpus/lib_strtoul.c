/* stdlib.h: strtoul/strtoull incl. negative inputs (negated modulo), overflow to ULONG_MAX, bases */
#include <stdio.h>
#include <stdlib.h>

static void t(const char *s, int base) {
    char *end;
    unsigned long v = strtoul(s, &end, base);
    printf("strtoul(\"%s\", %d) = %lu (0x%lx), consumed %td\n", s, base, v, v, end - s);
}

static void tll(const char *s, int base) {
    char *end;
    unsigned long long v = strtoull(s, &end, base);
    printf("strtoull(\"%s\", %d) = %llu, consumed %td\n", s, base, v, end - s);
}

int main(void) {
    t("0", 10); t("4294967295", 10); t("4294967296", 10); t("18446744073709551615", 10);
    t("18446744073709551616", 10); t("99999999999999999999999", 10); t("-1", 10); t("-2", 10);
    t("-18446744073709551615", 10); t("-18446744073709551616", 10); t("  +5", 10); t("0xFFFFFFFFFFFFFFFF", 0);
    t("0x10000000000000000", 0); t("01777777777777777777777", 0); t("z", 36); t("zzzzzzzzzzzzz", 36);
    t("3w5e11264sgsf", 36); t("3w5e11264sgsg", 36); t("-0", 0); t("1010", 2); t("12", 2); t("", 16);
    tll("18446744073709551615", 0); tll("-9223372036854775808", 10); tll("0x", 0); tll("  0x1p", 0);
    tll("123abc", 16); tll("123abc", 12);
    return 0;
}
