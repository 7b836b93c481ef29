/* ctype.h: every is* classification and toupper/tolower over 0..255 and EOF in the C locale */
#include <stdio.h>
#include <ctype.h>

int main(void) {
    printf("ch  an al bl cn di gr lo pr pu sp up xd  up lo\n");
    for (int c = -1; c < 256; c++) {
        printf("%3d %d  %d  %d  %d  %d  %d  %d  %d  %d  %d  %d  %d  %3d %3d\n", c,
               isalnum(c) != 0, isalpha(c) != 0, isblank(c) != 0, iscntrl(c) != 0, isdigit(c) != 0,
               isgraph(c) != 0, islower(c) != 0, isprint(c) != 0, ispunct(c) != 0, isspace(c) != 0,
               isupper(c) != 0, isxdigit(c) != 0, toupper(c), tolower(c));
    }
    printf("EOF==%d toupper(EOF)=%d tolower(EOF)=%d\n", EOF, toupper(EOF), tolower(EOF));
    return 0;
}
