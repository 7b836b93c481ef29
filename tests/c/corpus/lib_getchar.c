/* stdin: getchar loop counting bytes, lines, words, letter frequencies until EOF; ungetc */
#include <stdio.h>
#include <ctype.h>

int main(void) {
    long bytes = 0, lines = 0, words = 0;
    int inword = 0;
    long freq[26] = {0};
    int c;
    int first = getchar();
    if (first == EOF) { printf("empty\n"); return 0; }
    ungetc(first, stdin);
    while ((c = getchar()) != EOF) {
        bytes++;
        if (c == '\n') lines++;
        if (isspace(c)) inword = 0;
        else if (!inword) { inword = 1; words++; }
        if (isalpha(c)) freq[tolower(c) - 'a']++;
    }
    printf("first byte=%d bytes=%ld lines=%ld words=%ld\n", first, bytes, lines, words);
    for (int i = 0; i < 26; i++)
        if (freq[i]) printf("%c:%ld%s", 'a' + i, freq[i], i % 13 == 12 ? "\n" : " ");
    printf("\n");
    printf("getchar after EOF: %d\n", getchar() == EOF);
    return 0;
}
