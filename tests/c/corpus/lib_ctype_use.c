/* ctype.h: classification counts and case conversion applied to strings (with unsigned char casts) */
#include <stdio.h>
#include <ctype.h>
#include <string.h>

int main(void) {
    const char *text = "Hello, World! 123 \t tabs\nNew-Line_and \xe9\xe8 bytes; 0xFF = 255.";
    int counts[12] = {0};
    const char *names[12] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit"};
    for (const char *p = text; *p; p++) {
        unsigned char c = (unsigned char)*p;
        counts[0] += isalnum(c) != 0; counts[1] += isalpha(c) != 0; counts[2] += isblank(c) != 0;
        counts[3] += iscntrl(c) != 0; counts[4] += isdigit(c) != 0; counts[5] += isgraph(c) != 0;
        counts[6] += islower(c) != 0; counts[7] += isprint(c) != 0; counts[8] += ispunct(c) != 0;
        counts[9] += isspace(c) != 0; counts[10] += isupper(c) != 0; counts[11] += isxdigit(c) != 0;
    }
    for (int i = 0; i < 12; i++) printf("%-6s %d\n", names[i], counts[i]);
    char buf[128];
    strcpy(buf, text);
    for (char *p = buf; *p; p++) *p = (char)toupper((unsigned char)*p);
    printf("upper: ");
    for (char *p = buf; *p; p++) printf(isprint((unsigned char)*p) ? "%c" : "\\x%02x", isprint((unsigned char)*p) ? *p : (unsigned char)*p);
    printf("\n");
    for (char *p = buf; *p; p++) *p = (char)tolower((unsigned char)*p);
    printf("lower: ");
    for (char *p = buf; *p; p++) printf(isprint((unsigned char)*p) ? "%c" : "\\x%02x", isprint((unsigned char)*p) ? *p : (unsigned char)*p);
    printf("\n");
    /* title case */
    char title[] = "the old  man and-the sea";
    int start = 1;
    for (char *p = title; *p; p++) {
        if (isalpha((unsigned char)*p)) { if (start) *p = (char)toupper((unsigned char)*p); start = 0; }
        else start = 1;
    }
    printf("title: %s\n", title);
    /* parse hex digits by hand */
    const char *hex = "1aF9c";
    unsigned v = 0;
    for (const char *p = hex; isxdigit((unsigned char)*p); p++)
        v = v * 16 + (unsigned)(isdigit((unsigned char)*p) ? *p - '0' : tolower((unsigned char)*p) - 'a' + 10);
    printf("hex %s = %u\n", hex, v);
    return 0;
}
