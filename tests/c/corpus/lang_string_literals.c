/* string literals are char arrays: sizeof, indexing, literals in initializers and pointer tables */
#include <stdio.h>
#include <string.h>

int main(void) {
    printf("sizeof \"abc\" = %zu\n", sizeof "abc");
    printf("sizeof \"\" = %zu\n", sizeof "");
    printf("sizeof \"a\\nb\" = %zu\n", sizeof "a\nb");
    printf("sizeof \"\\x41\\101\" = %zu\n", sizeof "\x41\101");
    printf("\"abc\"[1] = %c, \"abc\"[3] = %d\n", "abc"[1], "abc"[3]);
    printf("strlen(\"hello\" + 2) = %zu\n", strlen("hello" + 2));
    const char *p = "literal";
    printf("p + 3 = %s\n", p + 3);
    char arr[] = "literal";
    printf("sizeof arr = %zu, sizeof p = %zu\n", sizeof arr, sizeof p);
    char exact[3] = "abc"; /* no room for NUL: allowed in C */
    printf("exact = %c%c%c (sizeof %zu)\n", exact[0], exact[1], exact[2], sizeof exact);
    char larger[10] = "abc";
    int i;
    printf("larger:");
    for (i = 0; i < 10; i++) printf(" %d", larger[i]);
    printf("\n");
    const char *table[] = { "zero", "one", "two", "three" };
    for (i = 0; i < 4; i++) printf("%s has %zu chars, last '%c'\n", table[i], strlen(table[i]), table[i][strlen(table[i]) - 1]);
    const char *multi = "line one\n"
                        "line two\n";
    fputs(multi, stdout);
    printf("%s\n", "direct" " concat" " of " "literals");
    printf("%zu\n", sizeof("ab" "cd"));
    /* hex digits via string indexing */
    unsigned v = 0xbeef;
    for (i = 12; i >= 0; i -= 4) putchar("0123456789abcdef"[(v >> i) & 15]);
    putchar('\n');
    return 0;
}
