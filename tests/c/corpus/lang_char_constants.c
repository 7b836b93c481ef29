/* character constants: escapes, octal/hex, type int, multi-character constants (gcc value) */
#include <stdio.h>

int main(void) {
    printf("'A'=%d '\\x41'=%d '\\101'=%d\n", 'A', '\x41', '\101');
    printf("'\\n'=%d '\\t'=%d '\\r'=%d '\\0'=%d\n", '\n', '\t', '\r', '\0');
    printf("'\\a'=%d '\\b'=%d '\\f'=%d '\\v'=%d\n", '\a', '\b', '\f', '\v');
    printf("'\\\\'=%d '\\''=%d '\\\"'=%d '\\?'=%d '\"'=%d\n", '\\', '\'', '\"', '\?', '"');
    printf("'\\7'=%d '\\07'=%d '\\377'=%d '\\x7f'=%d '\\x80'=%d '\\xff'=%d\n", '\7', '\07', '\377', '\x7f', '\x80', '\xff');
    printf("'\\x0041'=%d\n", '\x0041');
    printf("sizeof('a')=%zu\n", sizeof('a'));
    printf("'0'+5=%c '9'-'0'=%d 'z'-'a'=%d\n", '0' + 5, '9' - '0', 'z' - 'a');
    printf("'ab'=%d\n", 'ab');
    printf("'abcd'=%d\n", 'abcd');
    printf("'\\0a'=%d\n", '\0a');
    printf("L'A'=%d\n", (int)L'A');
    char buf[8];
    buf[0] = '\x48'; buf[1] = '\151'; buf[2] = '!'; buf[3] = '\0';
    printf("buf=%s\n", buf);
    return 0;
}
