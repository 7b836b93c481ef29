/* character arithmetic: case conversion, digit values, ranges, counting, rot13 */
#include <stdio.h>

int main(void) {
    char c;
    for (c = 'a'; c <= 'z'; c += 5) printf("%c->%c ", c, c - 'a' + 'A');
    printf("\n");
    const char *num = "90210";
    int v = 0;
    const char *p;
    for (p = num; *p; p++) v = v * 10 + (*p - '0');
    printf("parsed %d\n", v + 1);
    const char *hex = "1aF9";
    unsigned h = 0;
    for (p = hex; *p; p++) {
        char d = *p;
        int dv = d >= '0' && d <= '9' ? d - '0' : d >= 'a' && d <= 'f' ? d - 'a' + 10 : d - 'A' + 10;
        h = h * 16 + (unsigned)dv;
    }
    printf("hex %s = %u\n", hex, h);
    char msg[] = "Hello, World! 123";
    char *q;
    for (q = msg; *q; q++) {
        if (*q >= 'a' && *q <= 'z') *q = (char)((*q - 'a' + 13) % 26 + 'a');
        else if (*q >= 'A' && *q <= 'Z') *q = (char)((*q - 'A' + 13) % 26 + 'A');
    }
    printf("rot13: %s\n", msg);
    int counts[26] = { 0 };
    const char *text = "the five boxing wizards jump quickly";
    for (p = text; *p; p++) if (*p >= 'a' && *p <= 'z') counts[*p - 'a']++;
    int i, distinct = 0;
    for (i = 0; i < 26; i++) distinct += counts[i] > 0;
    printf("distinct letters: %d, i appears %d times\n", distinct, counts['i' - 'a']);
    char x = 'A';
    x += 25;
    printf("'A' + 25 = %c\n", x);
    printf("'a' - 'A' = %d, '0' + 7 = %c, 'z' + 1 = %d\n", 'a' - 'A', '0' + 7, 'z' + 1);
    printf("char difference as int: %d\n", 'c' - 'x');
    char ch = 127;
    ch = (char)(ch + 1);
    printf("(char)(127 + 1) = %d\n", ch);
    return 0;
}
