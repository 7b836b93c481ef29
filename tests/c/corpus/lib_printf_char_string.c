/* printf: %c (including NUL and high bytes) and %s with widths and precisions */
#include <stdio.h>

int main(void) {
    printf("[%c][%c][%c]\n", 'a', 'Z', '0');
    printf("[%5c][%-5c][%1c]\n", 'x', 'y', 'z');
    printf("[%c]\n", 0);
    printf("[%3c]\n", 0);
    printf("[%c%c%c]\n", 200, 255, 128);
    printf("[%c]\n", 'A' + 256);
    const char *s = "hello, world";
    printf("[%s]\n", s);
    printf("[%20s]\n", s);
    printf("[%-20s]\n", s);
    printf("[%.5s]\n", s);
    printf("[%.0s]\n", s);
    printf("[%.100s]\n", s);
    printf("[%10.3s]\n", s);
    printf("[%-10.3s]\n", s);
    printf("[%3s]\n", s);
    printf("[%s]\n", "");
    printf("[%5s]\n", "");
    printf("[%-5s]\n", "");
    printf("[%*s]\n", 8, "ab");
    printf("[%-*s]\n", 8, "ab");
    printf("[%.*s]\n", 2, "abcdef");
    printf("[%.*s]\n", -1, "abcdef");
    printf("[%*.*s]\n", 6, 3, "abcdef");
    char notterm[4] = {'w', 'x', 'y', 'z'};
    printf("[%.4s]\n", notterm);
    printf("[%.2s]\n", notterm);
    printf("[%s%s%s]\n", "a", "bc", "def");
    printf("[%s]\n", "tab\there");
    printf("[%s]\n", "\xe2\x82\xac euro");
    printf("[%.3s]\n", "\xe2\x82\xac euro");
    printf("[%.2s]\n", "\xe2\x82\xac euro");
    return 0;
}
