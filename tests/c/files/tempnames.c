/* tempnam and mktemp name files only in a granted directory; pathconf
   reports Linux's limits there (run by tests/tests/c_files.rs with and
   without --dir of a scratch directory as /tmp). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    errno = 0;
    char *t = tempnam(NULL, "abcdefg");
    if (t) {
        printf("tempnam: %zu bytes, prefix %s\n", strlen(t), strncmp(t, "/tmp/abcde", 10) == 0 ? "ok" : t);
        FILE *f = fopen(t, "wx");
        printf("the name is free: %d\n", f != NULL);
        if (f) fclose(f), remove(t);
        free(t);
    } else {
        printf("tempnam: NULL, %s\n", strerror(errno));
    }
    char tmpl[] = "/tmp/fooXXXXXX";
    char *m = mktemp(tmpl);
    printf("mktemp: %s\n", m[0] == 0 ? "\"\"" : strncmp(m, "/tmp/foo", 8) == 0 && strlen(m) == 14 ? "a name" : m);
    char bad[] = "/tmp/nox";
    printf("mktemp bad template: \"%s\" %s\n", mktemp(bad), strerror(errno));
    errno = 0;
    long n = pathconf("/tmp", _PC_NAME_MAX);
    printf("pathconf NAME_MAX %ld PATH_MAX %ld (%s)\n", n, pathconf("/tmp", _PC_PATH_MAX), n < 0 ? strerror(errno) : "-");
    char host[64];
    printf("gethostname %d %s\n", gethostname(host, sizeof host), host);
    printf("gethostname short %d\n", gethostname(host, 4));
    printf("getlogin %s\n", getlogin() ? "a name" : "NULL");
    return 0;
}
