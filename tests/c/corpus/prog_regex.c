/* program: Pike/Kernighan regex matcher (^ $ . * + ?) plus a character-class extension, over a table of cases */
#include <stdio.h>
#include <string.h>

static int matchhere(const char *re, const char *text);

static int single(const char *re, int c, int *len) {
    if (*re == '[') {
        const char *end = strchr(re, ']');
        int neg = re[1] == '^';
        const char *p = re + 1 + neg;
        int in = 0;
        for (; p < end; p++) {
            if (p[1] == '-' && p + 2 < end) { if (c >= p[0] && c <= p[2]) in = 1; p += 2; }
            else if (*p == c) in = 1;
        }
        *len = (int)(end - re) + 1;
        return c && (neg ? !in : in);
    }
    *len = 1;
    return c && (*re == '.' || *re == c);
}

static int matchstar(const char *re, int relen, const char *text, const char *rest) {
    do {
        if (matchhere(rest, text)) return 1;
    } while (*text && single(re, *text++, &relen));
    return 0;
}

static int matchhere(const char *re, const char *text) {
    if (re[0] == '\0') return 1;
    if (re[0] == '$' && re[1] == '\0') return *text == '\0';
    int len;
    single(re, 'x', &len);
    if (re[len] == '*') return matchstar(re, len, text, re + len + 1);
    if (re[len] == '+') return single(re, *text, &len) && matchstar(re, len, text + 1, re + len + 1);
    if (re[len] == '?') {
        if (single(re, *text, &len) && matchhere(re + len + 1, text + 1)) return 1;
        return matchhere(re + len + 1, text);
    }
    if (single(re, *text, &len)) return matchhere(re + len, text + 1);
    return 0;
}

static int match(const char *re, const char *text) {
    if (re[0] == '^') return matchhere(re + 1, text);
    do {
        if (matchhere(re, text)) return 1;
    } while (*text++ != '\0');
    return 0;
}

int main(void) {
    const char *cases[][2] = {
        {"abc", "xxabcxx"}, {"^abc", "abcdef"}, {"^abc", "xabc"}, {"abc$", "xxabc"}, {"abc$", "abcx"},
        {"a.c", "abc"}, {"a.c", "ac"}, {"ab*c", "ac"}, {"ab*c", "abbbbc"}, {"ab+c", "ac"}, {"ab+c", "abbc"},
        {"colou?r", "color"}, {"colou?r", "colour"}, {"colou?r", "colouur"}, {"^$", ""}, {"^$", "x"},
        {".*", ""}, {"^.*$", "anything at all"}, {"[0-9]+", "abc123"}, {"^[0-9]+$", "123a"}, {"^[a-z]*$", "hello"},
        {"[^aeiou]+", "aaa"}, {"^[^aeiou]+$", "rhythm"}, {"x[abc]?y", "xy"}, {"x[abc]?y", "xby"}, {"x[abc]?y", "xdy"},
        {"^a*a*a*a*b", "aaaaaaaaaaaaaaaaaaab"}, {"^(", "("}, {"h.*o w.*d", "hello world"}, {"^[A-Z][a-z]+ [0-9][0-9]?$", "June 7"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]), hits = 0;
    for (int i = 0; i < n; i++) {
        int m = match(cases[i][0], cases[i][1]);
        hits += m;
        printf("%-28s %-24s %s\n", cases[i][0], cases[i][1], m ? "match" : "-");
    }
    printf("%d of %d matched\n", hits, n);
    return 0;
}
