/* adjacent string literal concatenation, including across lines, macros and escapes */
#include <stdio.h>
#include <string.h>

#define GREETING "Hello"
#define NAME "World"
#define VERSION_MAJOR "1"
#define VERSION_MINOR "42"

int main(void) {
    const char *s = GREETING ", " NAME "!";
    printf("%s (%zu)\n", s, strlen(s));
    const char *v = "v" VERSION_MAJOR "." VERSION_MINOR;
    printf("%s\n", v);
    const char long_text[] =
        "The quick brown fox "
        "jumps over "
        "the lazy dog.";
    printf("%s sizeof=%zu\n", long_text, sizeof long_text);
    const char esc[] = "\x41" "1" "\101" "2";
    printf("%s sizeof=%zu\n", esc, sizeof esc);
    const char empty[] = "" "" "";
    printf("empty sizeof=%zu\n", sizeof empty);
    const char nul[] = "a\0" "b";
    printf("nul sizeof=%zu first=%s second=%s\n", sizeof nul, nul, nul + 2);
    printf("format" " string %s" " concatenated %d\n", "works", 42);
    const char *table[] = { "one" "two", "three", "four" "five" "six" };
    printf("%s|%s|%s count=%zu\n", table[0], table[1], table[2], sizeof table / sizeof *table);
    return 0;
}
