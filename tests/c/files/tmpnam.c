/* tmpnam names a file in /tmp only when /tmp is granted (as glibc, it
   needs the directory to say "no such file"); the name is free, and
   differs from the last one. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char a[L_tmpnam];
    char *b;
    if (!tmpnam(a)) {
        puts("no name");
        return 0;
    }
    printf("%.9s + %zu chars\n", a, strlen(a) - 9);
    FILE *f = fopen(a, "r");
    printf("exists before: %s\n", f ? "yes" : "no");
    f = fopen(a, "w");
    fputs("scratch\n", f);
    fclose(f);
    b = tmpnam(NULL);
    printf("second differs: %s\n", b && strcmp(a, b) != 0 ? "yes" : "no");
    printf("removed: %d\n", remove(a));
    return 0;
}
