/* string.h: strchr, strrchr, strstr (empty needle), strspn, strcspn, strpbrk */
#include <stdio.h>
#include <string.h>

static void pos(const char *label, const char *base, const char *p) {
    if (p) printf("%-28s at %td (\"%s\")\n", label, p - base, p);
    else printf("%-28s NULL\n", label);
}

int main(void) {
    const char *s = "the quick brown fox jumps over the lazy dog";
    pos("strchr q", s, strchr(s, 'q'));
    pos("strchr t", s, strchr(s, 't'));
    pos("strchr z", s, strchr(s, 'z'));
    pos("strchr X", s, strchr(s, 'X'));
    pos("strchr NUL", s, strchr(s, '\0'));
    pos("strrchr t", s, strrchr(s, 't'));
    pos("strrchr o", s, strrchr(s, 'o'));
    pos("strrchr X", s, strrchr(s, 'X'));
    pos("strrchr NUL", s, strrchr(s, '\0'));
    pos("strstr the", s, strstr(s, "the"));
    pos("strstr lazy", s, strstr(s, "lazy"));
    pos("strstr dog", s, strstr(s, "dog"));
    pos("strstr doge", s, strstr(s, "doge"));
    pos("strstr empty", s, strstr(s, ""));
    pos("strstr in empty", "", strstr("", "a"));
    pos("strstr empty in empty", "", strstr("", ""));
    pos("strstr overlap", "aaab", strstr("aaab", "aab"));
    pos("strstr repeat", "abababc", strstr("abababc", "ababc"));
    pos("strstr whole", s, strstr(s, s));
    const char *hb = "x\xe9y\xe9z";
    pos("strchr high byte", hb, strchr(hb, 0xe9));
    pos("strrchr high byte", hb, strrchr(hb, (char)0xe9));
    printf("strspn digits \"12345abc\" = %zu\n", strspn("12345abc", "0123456789"));
    printf("strspn none = %zu\n", strspn("abc", "xyz"));
    printf("strspn all = %zu\n", strspn("aaaa", "a"));
    printf("strspn empty set = %zu\n", strspn("abc", ""));
    printf("strspn empty str = %zu\n", strspn("", "abc"));
    printf("strcspn \"hello, world\" \",\" = %zu\n", strcspn("hello, world", ","));
    printf("strcspn no match = %zu\n", strcspn("hello", "xyz"));
    printf("strcspn empty set = %zu\n", strcspn("hello", ""));
    printf("strcspn first = %zu\n", strcspn("hello", "h"));
    pos("strpbrk vowels", s, strpbrk(s, "aeiou"));
    pos("strpbrk xyz", s, strpbrk(s, "xyz"));
    pos("strpbrk none", s, strpbrk(s, "QW"));
    pos("strpbrk empty", s, strpbrk(s, ""));
    /* count words with strspn/strcspn */
    const char *t = "  alpha, beta;;gamma  delta\tepsilon ";
    const char *delim = " ,;\t";
    int words = 0;
    const char *q = t;
    while (*q) {
        q += strspn(q, delim);
        size_t len = strcspn(q, delim);
        if (len) {
            printf("word %d: %.*s\n", ++words, (int)len, q);
            q += len;
        }
    }
    return 0;
}
