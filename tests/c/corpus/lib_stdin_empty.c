/* stdin: empty input - getchar returns EOF at once, fgets returns NULL and leaves the buffer alone */
#include <stdio.h>
#include <string.h>

int main(void) {
    int c = getchar();
    printf("getchar=%d (EOF=%d)\n", c, EOF);
    char buf[8];
    strcpy(buf, "keep");
    char *r = fgets(buf, sizeof buf, stdin);
    printf("fgets NULL=%d buf=%s\n", r == NULL, buf);
    printf("feof=%d\n", feof(stdin) != 0);
    return 3;
}
