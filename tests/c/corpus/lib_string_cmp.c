/* string.h: strcmp and strncmp signs, including bytes above 127 (compared as unsigned char) */
#include <stdio.h>
#include <string.h>

static const char *sgn(int r) { return r < 0 ? "<0" : r > 0 ? ">0" : "==0"; }

int main(void) {
    const char *pairs[][2] = {
        {"", ""}, {"", "a"}, {"a", ""}, {"abc", "abc"}, {"abc", "abd"}, {"abd", "abc"},
        {"abc", "abcd"}, {"abcd", "abc"}, {"ABC", "abc"}, {"Zebra", "apple"}, {"a", "B"},
        {"\x80", "\x7f"}, {"\xff", "a"}, {"caf\xc3\xa9", "cafe"}, {"123", "13"}, {"-1", "+1"},
    };
    int n = (int)(sizeof pairs / sizeof pairs[0]);
    for (int i = 0; i < n; i++) {
        printf("%2d strcmp %-4s", i, sgn(strcmp(pairs[i][0], pairs[i][1])));
        for (size_t k = 0; k <= 5; k++) printf(" n%zu:%-3s", k, sgn(strncmp(pairs[i][0], pairs[i][1], k)));
        printf("\n");
    }
    printf("strncmp stops at NUL: %s\n", sgn(strncmp("ab\0x", "ab\0y", 4)));
    printf("strncmp huge n: %s\n", sgn(strncmp("same", "same", 1000)));
    const char *words[] = {"pear", "apple", "fig", "banana", "apple pie", "Apple"};
    int less = 0;
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++)
            if (strcmp(words[i], words[j]) < 0) less++;
    printf("ordered pairs: %d\n", less);
    return 0;
}
