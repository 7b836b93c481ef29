/* program: roman numeral conversion both ways for 1..3999 with validation, round-trip check and samples */
#include <stdio.h>
#include <string.h>

static const int vals[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
static const char *syms[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

static void to_roman(int n, char *out) {
    out[0] = 0;
    for (int i = 0; i < 13; i++) while (n >= vals[i]) { strcat(out, syms[i]); n -= vals[i]; }
}

static int value(char c) {
    switch (c) {
    case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
    case 'C': return 100; case 'D': return 500; case 'M': return 1000;
    }
    return 0;
}

static int from_roman(const char *s) {
    int total = 0;
    for (size_t i = 0; s[i]; i++) {
        int v = value(s[i]);
        if (!v) return -1;
        int nx = s[i + 1] ? value(s[i + 1]) : 0;
        total += v < nx ? -v : v;
    }
    char canon[32];
    if (total <= 0 || total > 3999) return -1;
    to_roman(total, canon);
    return strcmp(canon, s) == 0 ? total : -1;
}

int main(void) {
    int samples[] = {1, 4, 9, 14, 40, 90, 400, 1987, 1994, 2024, 3888, 3999, 444, 999};
    char buf[32];
    for (int i = 0; i < 14; i++) { to_roman(samples[i], buf); printf("%4d = %s\n", samples[i], buf); }
    int ok = 1, longest = 0, longest_n = 0;
    long total_len = 0;
    for (int n = 1; n <= 3999; n++) {
        to_roman(n, buf);
        int len = (int)strlen(buf);
        total_len += len;
        if (len > longest) { longest = len; longest_n = n; }
        if (from_roman(buf) != n) ok = 0;
    }
    printf("round trip 1..3999: %s, total chars %ld, longest %d (%d)\n", ok ? "ok" : "FAILED", total_len, longest_n, longest);
    const char *tests[] = {"MCMXCIV", "IIII", "IC", "XLII", "MMMM", "", "abc", "CDXLIV", "VX", "DCCCXC"};
    for (int i = 0; i < 10; i++) printf("\"%s\" -> %d\n", tests[i], from_roman(tests[i]));
    return 0;
}
