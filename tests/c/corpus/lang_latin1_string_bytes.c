/* Bytes that are not UTF-8 in string and character literals (Latin-1
   here: \xff, \xe9) are kept as bytes, as gcc copies them */
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *s = "café ÿ!";
    char t[] = "été";
    printf("%zu %zu\n", strlen(s), sizeof t);
    for (const char *p = s; *p; p++)
        printf(" %02x", (unsigned char)*p);
    printf("\n%d %d\n", (unsigned char)t[0], t[2] == (char)0xe9);
    /* é in a comment is fine too */
    printf("%d\n", (unsigned char)'é' == 0xe9);
    printf("%s\n", "déjà vu" + 1);
    return 0;
}
