/* The working directory: `/` at first, where relative grants are placed;
   chdir, getcwd, realpath and relative paths after a chdir; mkstemp and
   mkdtemp; a whole file in one read(). Run with
   `--dir box::/data:rw --dir ro` (and again with `--cwd /data/sub`). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void show_cwd(void) {
    char buf[64];
    printf("cwd %s\n", getcwd(buf, sizeof buf));
}

int main(int argc, char **argv) {
    char buf[64];
    show_cwd();
    if (argc > 1) {
        /* Started with --cwd /data/sub: a relative name is found there. */
        FILE *f = fopen("keep.txt", "r");
        printf("keep.txt opened: %d\n", f != NULL);
        if (f) fclose(f);
        return 0;
    }
    errno = 0;
    printf("getcwd small buffer: %s %d\n", getcwd(buf, 1) ? "name" : "NULL", errno == ERANGE);
    char *m = getcwd(NULL, 0);
    printf("getcwd allocated: %s\n", m);
    free(m);

    /* The relative grant `ro` is /ro, both ways. */
    FILE *f = fopen("ro/readme.txt", "r");
    printf("relative ro/readme.txt: %d\n", f != NULL);
    if (f) fclose(f);
    f = fopen("/ro/readme.txt", "r");
    printf("absolute /ro/readme.txt: %d\n", f != NULL);
    if (f) fclose(f);
    printf("realpath %s\n", realpath("ro/../ro/./readme.txt", buf));

    printf("chdir /data/sub: %d\n", chdir("/data/sub"));
    show_cwd();
    f = fopen("keep.txt", "r");
    printf("keep.txt after chdir: %d\n", f != NULL);
    if (f) fclose(f);
    printf("realpath %s\n", realpath("../in.txt", buf));
    printf("chdir ..: %d\n", chdir(".."));
    show_cwd();
    errno = 0;
    printf("chdir nope: %d %d\n", chdir("nope"), errno == ENOENT);
    errno = 0;
    printf("chdir to a file: %d %d\n", chdir("in.txt"), errno == ENOTDIR);
    errno = 0;
    printf("chdir / (not granted): %d %d\n", chdir("/"), errno == EACCES);
    show_cwd();

    /* mkstemp: six letters replace the Xs, the file is new each time. */
    char t1[] = "tmp-XXXXXX", t2[] = "tmp-XXXXXX";
    int a = mkstemp(t1), b = mkstemp(t2);
    printf("mkstemp fds ok: %d, names differ: %d, Xs replaced: %d\n", a >= 0 && b >= 0,
           strcmp(t1, t2) != 0, strchr(t1, 'X') == NULL && strlen(t1) == 10);
    printf("write %zd\n", write(a, "temp\n", 5));
    struct stat st;
    printf("stat size %ld\n", stat(t1, &st) == 0 ? (long)st.st_size : -1L);
    close(a);
    close(b);
    printf("unlink %d %d\n", unlink(t1), unlink(t2));
    char bad[] = "tmp-XXXX";
    errno = 0;
    printf("mkstemp bad template: %d %d %s\n", mkstemp(bad), errno == EINVAL, bad);
    char s1[] = "out-XXXXXX.txt";
    int c = mkstemps(s1, 4);
    printf("mkstemps keeps the suffix: %d %s\n", c >= 0, strstr(s1, ".txt") ? "yes" : "no");
    close(c);
    unlink(s1);
    char d[] = "dir-XXXXXX";
    printf("mkdtemp: %d\n", mkdtemp(d) == d);
    printf("is a directory: %d\n", stat(d, &st) == 0 && S_ISDIR(st.st_mode));
    printf("rmdir %d\n", rmdir(d));

    /* A file bigger than any one buffer comes whole from one read(). */
    f = fopen("big.bin", "w");
    for (int i = 0; i < 200000; i++) fputc('a' + i % 26, f);
    fclose(f);
    int fd = open("big.bin", O_RDONLY);
    char *all = malloc(300000);
    ssize_t n = read(fd, all, 300000);
    printf("one read: %zd, last byte %c\n", n, all[n - 1]);
    printf("then: %zd\n", read(fd, all, 10));
    close(fd);
    free(all);
    printf("unlink %d\n", unlink("big.bin"));
    return 0;
}
