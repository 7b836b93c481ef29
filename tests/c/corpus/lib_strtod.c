/* stdlib.h: strtod and atof - decimal, exponents, hex floats, inf/nan spellings, endptr, rounding */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

static void t(const char *s) {
    char *end;
    double v = strtod(s, &end);
    if (isnan(v)) printf("strtod(\"%s\") = nan%s, consumed %td\n", s, signbit(v) ? " (neg)" : "", end - s);
    else printf("strtod(\"%s\") = %.17g [%a], consumed %td\n", s, v, v, end - s);
}

int main(void) {
    t("0"); t("-0"); t("1"); t("-1.5"); t("+2.25"); t("  3.14159"); t(".5"); t("5."); t("."); t("-.");
    t("1e10"); t("1E-10"); t("1e"); t("1e+"); t("1e-x"); t("2.5e3x"); t("0.1"); t("0.2"); t("0.3");
    t("123456789012345678901234567890"); t("1e308"); t("1.7976931348623157e308"); t("1.7976931348623159e308");
    t("1e309"); t("-1e309"); t("1e-307"); t("2.2250738585072014e-308"); t("2.2250738585072011e-308");
    t("4.9406564584124654e-324"); t("2e-324"); t("3e-324"); t("1e-400"); t("9007199254740993");
    t("9007199254740995"); t("0.30000000000000004"); t("3.0000000000000000000000000000001");
    t("0x1.8p3"); t("0x10"); t("0X1P-2"); t("0x.8"); t("0x1.fffffffffffffp1023"); t("0x1p-1074");
    t("0x1p-1075"); t("-0x1.23abcp+5"); t("0x"); t("0xg"); t("0x1p"); t("0x1.8"); t("0x123456789abcdef0123");
    t("inf"); t("INF"); t("-Inf"); t("infinity"); t("INFINITYx"); t("infin"); t("nan"); t("NaN"); t("-nan");
    t("nan(123)"); t("nan("); t("nanx"); t("abc"); t(""); t("  \t\n 7.5e-1"); t("1_000"); t("00012.50");
    t("1.00000000000000011102230246251565404236316680908203125");
    t("1.00000000000000011102230246251565404236316680908203124");
    t("1.00000000000000011102230246251565404236316680908203126");
    printf("atof: %.17g %.17g %.17g %.17g\n", atof("3.5"), atof("-1e-3"), atof("junk"), atof("  12.5e1z"));
    return 0;
}
