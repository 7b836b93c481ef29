/* stdin: fgets with a small buffer (lines longer than the buffer come in pieces), EOF without newline */
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[16];
    int pieces = 0, lines = 0;
    size_t longest = 0, cur = 0;
    while (fgets(buf, sizeof buf, stdin)) {
        size_t len = strlen(buf);
        pieces++;
        cur += len;
        int complete = len > 0 && buf[len - 1] == '\n';
        printf("piece %2d len %2zu %s: ", pieces, len, complete ? "eol " : "part");
        for (size_t i = 0; i < len; i++) {
            if (buf[i] == '\n') printf("\\n");
            else if (buf[i] == '\t') printf("\\t");
            else putchar(buf[i]);
        }
        printf("\n");
        if (complete) {
            lines++;
            if (cur > longest) longest = cur;
            cur = 0;
        }
    }
    if (cur) { lines++; if (cur > longest) longest = cur; }
    printf("lines=%d pieces=%d longest=%zu\n", lines, pieces, longest);
    char *r = fgets(buf, sizeof buf, stdin);
    printf("fgets at EOF returns NULL: %d\n", r == NULL);
    return 0;
}
