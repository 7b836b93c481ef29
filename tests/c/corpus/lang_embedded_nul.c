/* string literals with embedded NUL characters: sizeof vs strlen, walking past NULs */
#include <stdio.h>
#include <string.h>

int main(void) {
    const char s[] = "first\0second\0third";
    printf("sizeof=%zu strlen=%zu\n", sizeof s, strlen(s));
    const char *p = s;
    while (p < s + sizeof s) {
        printf("[%s] ", p);
        p += strlen(p) + 1;
    }
    printf("\n");
    const char z[] = "\0";
    printf("sizeof \"\\0\" = %zu, strlen = %zu\n", sizeof z, strlen(z));
    char buf[8] = "ab\0cd";
    int i;
    for (i = 0; i < 8; i++) printf("%d ", buf[i]);
    printf("\n");
    printf("memchr finds 'd' at %ld\n", (long)((const char *)memchr(buf, 'd', sizeof buf) - buf));
    printf("strchr finds 'd': %s\n", strchr(buf, 'd') ? "yes" : "no");
    const char t[] = "x\000y";
    printf("t sizeof=%zu t[2]=%c\n", sizeof t, t[2]);
    const char h[] = "\x00\x31";
    printf("h sizeof=%zu h[1]=%c\n", sizeof h, h[1]);
    return 0;
}
