/* stdlib.h: strtol/strtoll in bases 0, 2, 8, 10, 16, 36 with endptr positions, signs, prefixes, clamping */
#include <stdio.h>
#include <stdlib.h>

static void t(const char *s, int base) {
    char *end;
    long v = strtol(s, &end, base);
    printf("strtol(\"%s\", %d) = %ld, consumed %td, rest \"%s\"\n", s, base, v, end - s, end);
}

static void tll(const char *s, int base) {
    char *end;
    long long v = strtoll(s, &end, base);
    printf("strtoll(\"%s\", %d) = %lld, consumed %td\n", s, base, v, end - s);
}

int main(void) {
    t("12345", 10); t("-12345", 10); t("+12345", 10); t("   42xyz", 10); t("\t\n -7", 10);
    t("0", 0); t("0x1F", 0); t("0X1f", 0); t("017", 0); t("089", 0); t("0x", 0); t("0xg", 0); t("0x", 16);
    t("-0x10", 0); t("0b101", 0); t("101", 2); t("102", 2); t("777", 8); t("778", 8); t("0x7fffffff", 16);
    t("ff", 16); t("FF", 16); t("0xff", 16); t("zz", 36); t("ZZ", 36); t("Hello", 36); t("abc", 10);
    t("", 10); t("   ", 10); t("-", 10); t("+ 1", 10); t("9223372036854775807", 10);
    t("9223372036854775808", 10); t("-9223372036854775808", 10); t("-9223372036854775809", 10);
    t("99999999999999999999999999", 10); t("-99999999999999999999999999", 0); t("1z", 35); t("1z", 36);
    t("7fffffffffffffff", 16); t("8000000000000000", 16); t("-8000000000000000", 16);
    t("11111111111111111111111111111111111111111111111111111111111111111", 2);
    tll("123456789012345678", 10); tll("-0x8000000000000000", 0); tll("0x8000000000000000", 0);
    tll("0777777777777777777777", 0); tll("1000000000000000000000", 8);
    long v = strtol("  55", NULL, 10);
    printf("NULL endptr: %ld\n", v);
    const char *list = "10 20 -30 0x40 050 junk";
    char *p = (char *)list;
    long sum = 0;
    for (;;) {
        char *e;
        long x = strtol(p, &e, 0);
        if (e == p) break;
        printf("  item %ld\n", x);
        sum += x;
        p = e;
    }
    printf("sum=%ld stopped at \"%s\"\n", sum, p);
    return 0;
}
