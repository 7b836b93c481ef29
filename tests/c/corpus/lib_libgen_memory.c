/* <libgen.h>'s dirname and basename on the POSIX examples, and <memory.h>
   (the old name of <string.h>). */
#include <libgen.h>
#include <memory.h>
#include <stdio.h>

static void both(const char *p) {
    char a[64], b[64];
    strcpy(a, p);
    strcpy(b, p);
    printf("\"%s\": dirname \"%s\", basename \"%s\"\n", p, dirname(a), basename(b));
}

int main(void) {
    const char *paths[] = {"/usr/lib", "/usr/", "usr", "/", ".", "..", "", "//",
                           "a/b/c", "a//b//", "/a", "///x///", "name.txt"};
    for (unsigned i = 0; i < sizeof paths / sizeof *paths; i++) both(paths[i]);
    printf("NULL: %s %s\n", dirname(NULL), basename(NULL));
    char buf[8];
    memset(buf, 'x', sizeof buf);
    printf("memory.h: %d\n", memcmp(buf, "xxxxxxxx", 8));
    return 0;
}
