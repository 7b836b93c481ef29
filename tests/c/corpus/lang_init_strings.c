/* char arrays initialized from string literals: exact size, larger, braces, arrays of strings */
#include <stdio.h>
#include <string.h>

int main(void) {
    char exact[5] = "hello";        /* no terminating NUL stored */
    char bigger[10] = "hi";
    char sized[] = "sized";
    char braced[] = { "braced" };
    char chars[] = { 'c', 'h', 'a', 'r', 's', '\0' };
    char nonul[3] = { 'a', 'b', 'c' };
    int i;
    printf("exact: ");
    for (i = 0; i < 5; i++) putchar(exact[i]);
    printf(" sizeof %zu\n", sizeof exact);
    printf("bigger: %s sizeof %zu tail:", bigger, sizeof bigger);
    for (i = 2; i < 10; i++) printf(" %d", bigger[i]);
    printf("\n");
    printf("sized: %s sizeof %zu\n", sized, sizeof sized);
    printf("braced: %s sizeof %zu\n", braced, sizeof braced);
    printf("chars: %s sizeof %zu\n", chars, sizeof chars);
    printf("nonul: %.3s sizeof %zu\n", nonul, sizeof nonul);
    char table[3][6] = { "one", "two", "three" };
    for (i = 0; i < 3; i++) printf("table[%d]=%s\n", i, table[i]);
    char table2[][4] = { "ab", "cde", "f" };
    printf("table2 rows %zu: %s %s %s\n", sizeof table2 / sizeof table2[0], table2[0], table2[1], table2[2]);
    char embedded[] = "a\0b\0c";
    printf("embedded sizeof %zu strlen %zu\n", sizeof embedded, strlen(embedded));
    static char st[8] = "static";
    printf("st=%s last=%d\n", st, st[7]);
    struct { char name[8]; int n; } s = { "struct", 3 };
    printf("s.name=%s s.n=%d\n", s.name, s.n);
    struct { int n; char name[4]; } s2 = { 1, "abcd" }; /* exact fit, no NUL */
    printf("s2.name=%.4s\n", s2.name);
    return 0;
}
