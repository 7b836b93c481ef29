/* escape sequences in string and character literals; output bytes shown as numbers */
#include <stdio.h>
#include <string.h>

static void dump(const char *label, const char *s, size_t n) {
    size_t i;
    printf("%s:", label);
    for (i = 0; i < n; i++) printf(" %d", (unsigned char)s[i]);
    printf("\n");
}

int main(void) {
    const char s1[] = "\a\b\f\n\r\t\v";
    dump("controls", s1, sizeof s1);
    const char s2[] = "\\\'\"\?";
    dump("quotes", s2, sizeof s2);
    const char s3[] = "\0\1\12\123\177\200\377";
    dump("octal", s3, sizeof s3);
    const char s4[] = "\x0\x1\x7f\x80\xff\xAb";
    dump("hex", s4, sizeof s4);
    const char s5[] = "\1234"; /* octal escape takes at most 3 digits: \123 then '4' */
    dump("octal3", s5, sizeof s5);
    const char s6[] = "\x41" "B"; /* concatenation ends the hex escape */
    dump("hexsplit", s6, sizeof s6);
    const char s7[] = "a'b\"c";
    printf("s7=%s\n", s7);
    printf("tab[\t] quote[\"] backslash[\\] question[\?] apostrophe[']\n");
    printf("percent[%%] octal-A[\101] hex-a[\x61]\n");
    return 0;
}
