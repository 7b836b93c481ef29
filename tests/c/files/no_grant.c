/* Without --dir nothing of the host's file system is reachable, yet every
   file function is there and fails as C says (run by
   tests/tests/c_files.rs with no grant). tmpfile still works: it lives in
   host memory. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
    const char *paths[] = {"data.txt", "/etc/passwd", "../x", "/", "."};
    for (int i = 0; i < 5; i++) {
        errno = 0;
        FILE *f = fopen(paths[i], "r");
        printf("fopen(\"%s\"): %s, errno %s\n", paths[i], f ? "opened" : "NULL", strerror(errno));
    }
    errno = 0;
    FILE *f = fopen("new.txt", "w");
    printf("fopen for writing: %s, errno %s\n", f ? "opened" : "NULL", strerror(errno));
    errno = 0;
    int r = remove("data.txt");
    printf("remove: %d %s\n", r, strerror(errno));
    errno = 0;
    r = rename("a", "b");
    printf("rename: %d %s\n", r, strerror(errno));
    struct stat st;
    errno = 0;
    r = stat(".", &st);
    printf("stat: %d %s\n", r, strerror(errno));
    errno = 0;
    f = freopen("data.txt", "r", stdin);
    printf("freopen: %s %s\n", f ? "opened" : "NULL", strerror(errno));
    f = tmpfile();
    fputs("in memory", f);
    rewind(f);
    char buf[32];
    printf("tmpfile: %s\n", fgets(buf, sizeof buf, f));
    fclose(f);
    errno = 0;
    r = fseek(stdout, 0, SEEK_SET);
    printf("fseek(stdout): %d %s\n", r, strerror(errno));
    /* A null path is EFAULT everywhere (not the temporary file the host
       gives for a null path internally). */
    const char *volatile none = NULL;
    errno = 0;
    f = fopen(none, "w");
    printf("fopen(NULL): %s %s\n", f ? "opened" : "NULL", strerror(errno));
    errno = 0;
    r = open(none, O_RDONLY);
    printf("open(NULL): %d %s\n", r, strerror(errno));
    errno = 0;
    r = stat(none, &st);
    printf("stat(NULL): %d %s\n", r, strerror(errno));
    errno = 0;
    r = remove(none);
    printf("remove(NULL): %d %s\n", r, strerror(errno));
    errno = 0;
    DIR *d = opendir(none);
    printf("opendir(NULL): %s %s\n", d ? "opened" : "NULL", strerror(errno));
    return 0;
}
