/* string.h: strcpy, strncpy (NUL padding, no terminator), strcat, strncat, strlen */
#include <stdio.h>
#include <string.h>

static void show(const char *label, const char *buf, size_t n) {
    printf("%-14s[", label);
    for (size_t i = 0; i < n; i++) {
        if (buf[i] == 0) printf("0");
        else if (buf[i] == '#') printf("#");
        else putchar(buf[i]);
    }
    printf("]\n");
}

static char *ncpy(char *d, const char *src, size_t n) { return strncpy(d, src, n); }

int main(void) {
    char buf[16];
    memset(buf, '#', sizeof buf);
    char *r = strcpy(buf, "hello");
    show("strcpy", buf, 16);
    printf("ret ok %d, len %zu\n", r == buf, strlen(buf));
    memset(buf, '#', sizeof buf);
    ncpy(buf, "hi", 8);
    show("strncpy pad", buf, 16);
    memset(buf, '#', sizeof buf);
    ncpy(buf, "abcdefghij", 5);
    show("strncpy trunc", buf, 16);
    memset(buf, '#', sizeof buf);
    ncpy(buf, "abcde", 5);
    show("strncpy exact", buf, 16);
    memset(buf, '#', sizeof buf);
    ncpy(buf, "xyz", 0);
    show("strncpy 0", buf, 16);
    memset(buf, '#', sizeof buf);
    strcpy(buf, "foo");
    strcat(buf, "bar");
    strcat(buf, "");
    strcat(buf, "baz");
    show("strcat", buf, 16);
    memset(buf, '#', sizeof buf);
    strcpy(buf, "ab");
    strncat(buf, "cdefgh", 3);
    show("strncat 3", buf, 16);
    strncat(buf, "XY", 10);
    show("strncat 10", buf, 16);
    strncat(buf, "QQQ", 0);
    show("strncat 0", buf, 16);
    char big[200];
    big[0] = '\0';
    for (int i = 0; i < 20; i++) {
        char piece[8];
        sprintf(piece, "%d,", i);
        strcat(big, piece);
    }
    printf("built: %s (len %zu)\n", big, strlen(big));
    const char *strs[] = {"", "a", "ab", "hello world", "tab\tinside", "embedded\0hidden"};
    for (int i = 0; i < 6; i++) printf("strlen(%d)=%zu\n", i, strlen(strs[i]));
    char longs[1001];
    memset(longs, 'z', 1000);
    longs[1000] = 0;
    printf("strlen long=%zu\n", strlen(longs));
    printf("strlen offset=%zu\n", strlen(longs + 333));
    return 0;
}
