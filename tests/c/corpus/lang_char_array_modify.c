/* char arrays initialized from strings are modifiable copies */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

static void upcase(char *s) { for (; *s; s++) *s = (char)toupper((unsigned char)*s); }
static void rev(char *s) { size_t n = strlen(s), i; for (i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; } }

int main(void) {
    char a[] = "hello world";
    char b[] = "hello world";
    upcase(a);
    printf("a=%s b=%s\n", a, b);
    rev(b);
    printf("b reversed=%s\n", b);
    a[5] = '\0';
    printf("a truncated=%s (sizeof still %zu, strlen %zu)\n", a, sizeof a, strlen(a));
    char buf[32] = "abc";
    strcat(buf, "def");
    buf[0] = 'X';
    printf("buf=%s\n", buf);
    char m[3][8] = { "one", "two", "three" };
    m[1][0] = 'T';
    m[2][5] = '!';
    m[2][6] = '\0';
    int i;
    for (i = 0; i < 3; i++) printf("m[%d]=%s\n", i, m[i]);
    char c[6] = { 'h', 'i' };
    printf("c=%s len=%zu\n", c, strlen(c));
    static char st[] = "static";
    st[0] = 'S';
    printf("st=%s\n", st);
    /* caesar cipher in place */
    char msg[] = "Attack at Dawn!";
    char *p;
    for (p = msg; *p; p++) {
        if (*p >= 'a' && *p <= 'z') *p = (char)('a' + (*p - 'a' + 3) % 26);
        else if (*p >= 'A' && *p <= 'Z') *p = (char)('A' + (*p - 'A' + 3) % 26);
    }
    printf("caesar=%s\n", msg);
    return 0;
}
