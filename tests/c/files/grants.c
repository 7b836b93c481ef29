/* Files under granted directories (run by tests/tests/c_files.rs):
     voxvm --dir box::/data:rw --dir ro grants.c
   with box/ holding in.txt, sub/, link_in -> in.txt, link_out ->
   ../outside/secret.txt, link_abs -> an absolute path outside, and
   dir_out -> ../outside; ro/ holding readme.txt; outside/secret.txt next
   to them. Reads and writes inside the grants work; every way out fails. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *name(int e) {
    switch (e) {
    case 0: return "ok";
    case ENOENT: return "ENOENT";
    case EACCES: return "EACCES";
    case EROFS: return "EROFS";
    case EEXIST: return "EEXIST";
    case EISDIR: return "EISDIR";
    case ENOTDIR: return "ENOTDIR";
    case ENOTEMPTY: return "ENOTEMPTY";
    case EPERM: return "EPERM";
    case EBADF: return "EBADF";
    default: return strerror(e);
    }
}

/* Runs expr with errno cleared, then prints its value and errno's name. */
#define TRY(label, expr)                                              \
    do {                                                              \
        errno = 0;                                                    \
        long r_ = (long)(expr);                                       \
        printf("%s: %ld %s\n", label, r_, name(errno));               \
    } while (0)

static void open_file(const char *path, const char *mode) {
    errno = 0;
    FILE *f = fopen(path, mode);
    printf("fopen(\"%s\", \"%s\"): %s", path, mode, f ? "ok" : name(errno));
    if (f && mode[0] == 'r') {
        char line[80];
        if (fgets(line, sizeof line, f)) printf(" -> %s", line);
        else printf(" (empty)\n");
    } else {
        printf("\n");
    }
    if (f) fclose(f);
}

static void show_file(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("%s: %s\n", path, name(errno));
        return;
    }
    printf("%s:\n", path);
    char line[80];
    while (fgets(line, sizeof line, f)) printf("  | %s", line);
    fclose(f);
}

int main(void) {
    printf("-- reading inside the grants\n");
    open_file("/data/in.txt", "r");
    open_file("/data/sub/../in.txt", "r");
    open_file("/data/./link_in", "r");
    open_file("ro/readme.txt", "r");
    open_file("ro//readme.txt", "r");
    open_file("/data/missing.txt", "r");
    open_file("/data/in.txt/x", "r");

    printf("-- escapes\n");
    open_file("/data/../outside/secret.txt", "r");
    open_file("/data/../../../../etc/passwd", "r");
    open_file("ro/../outside/secret.txt", "r");
    open_file("../outside/secret.txt", "r");
    open_file("outside/secret.txt", "r");
    open_file("/etc/passwd", "r");
    open_file("secret.txt", "r");
    open_file("/data/link_out", "r");
    open_file("/data/link_abs", "r");
    open_file("/data/dir_out/secret.txt", "r");
    open_file("/data/link_out", "w");
    open_file("/data/dir_out/new.txt", "w");
    open_file("/", "r");
    open_file("", "r");

    printf("-- writing\n");
    FILE *f = fopen("/data/out.txt", "w");
    fprintf(f, "first line\n");
    fputs("second line\n", f);
    TRY("fclose", fclose(f));
    f = fopen("/data/out.txt", "a");
    fprintf(f, "appended %d\n", 3);
    fclose(f);
    show_file("/data/out.txt");
    f = fopen("/data/out.txt", "r+");
    fseek(f, 0, SEEK_END);
    printf("size by fseek/ftell: %ld\n", ftell(f));
    fseek(f, 0, SEEK_SET);
    fputs("FIRST", f);
    fclose(f);
    show_file("/data/out.txt");
    open_file("/data/out.txt", "wx");
    open_file("/data/sub/new.txt", "w");
    open_file("/data/nodir/new.txt", "w");
    open_file("ro/new.txt", "w");
    open_file("ro/readme.txt", "a");
    open_file("ro/readme.txt", "r+");

    printf("-- rename, remove, mkdir, stat\n");
    TRY("rename", rename("/data/out.txt", "/data/sub/moved.txt"));
    open_file("/data/out.txt", "r");
    open_file("/data/sub/moved.txt", "r");
    TRY("rename out of the grant", rename("/data/sub/moved.txt", "/data/../outside/x.txt"));
    TRY("rename in ro", rename("ro/readme.txt", "ro/x.txt"));
    TRY("remove link_out (the link, not its target)", remove("/data/link_out"));
    TRY("remove a missing file", remove("/data/nothing"));
    TRY("remove in ro", remove("ro/readme.txt"));
    TRY("remove the grant itself", remove("/data"));
    TRY("mkdir", mkdir("/data/made", 0755));
    TRY("mkdir again", mkdir("/data/made", 0755));
    struct stat st;
    TRY("stat dir", stat("/data/made", &st));
    printf("  isdir %d\n", S_ISDIR(st.st_mode));
    TRY("stat file", stat("/data/in.txt", &st));
    printf("  size %ld isreg %d\n", (long)st.st_size, S_ISREG(st.st_mode));
    TRY("stat through a link out", stat("/data/link_abs", &st));
    TRY("remove a non-empty directory", remove("/data/sub"));
    TRY("rmdir", rmdir("/data/made"));
    TRY("access R_OK", access("/data/in.txt", R_OK));
    TRY("access W_OK in ro", access("ro/readme.txt", W_OK));

    printf("-- descriptors\n");
    int fd = open("/data/raw.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    printf("open: %d\n", fd >= 3);
    TRY("write", write(fd, "0123456789", 10));
    TRY("lseek", lseek(fd, 0, SEEK_CUR));
    TRY("read on write-only", read(fd, &st, 1));
    TRY("close", close(fd));
    TRY("close again", close(fd));
    fd = open("/data/raw.bin", O_RDONLY);
    char buf[16] = {0};
    lseek(fd, 4, SEEK_SET);
    TRY("read", read(fd, buf, sizeof buf - 1));
    printf("  '%s'\n", buf);
    fstat(fd, &st);
    printf("fstat size %ld\n", (long)st.st_size);
    close(fd);
    TRY("unlink", unlink("/data/raw.bin"));
    TRY("unlink a directory", unlink("/data/sub"));

    printf("-- streams over files\n");
    f = fopen("/data/nums.txt", "w+");
    for (int i = 1; i <= 5; i++) fprintf(f, "%d %g\n", i, i / 4.0);
    rewind(f);
    int n;
    double x, sum = 0;
    while (fscanf(f, "%d %lf", &n, &x) == 2) sum += n * x;
    printf("fscanf sum %g, feof %d\n", sum, feof(f));
    fclose(f);
    f = freopen("/data/nums.txt", "r", stdin);
    printf("freopen stdin: %d\n", f == stdin);
    printf("getchar '%c'\n", getchar());
    char word[16];
    scanf("%15s", word);
    printf("scanf from the file: %s\n", word);
    remove("/data/nums.txt");

    printf("-- ftruncate, fsync, mmap of a file\n");
    int tf = open("/data/trunc.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
    printf("write %zd\n", write(tf, "abcdefgh", 8));
    int t1 = ftruncate(tf, 3);
    int t2 = ftruncate(tf, 5);
    printf("ftruncate %d %d\n", t1, t2);
    struct stat ts;
    fstat(tf, &ts);
    t1 = fsync(tf);
    printf("size %ld fsync %d\n", (long)ts.st_size, t1);
    char *map = mmap(0, 5, PROT_READ, MAP_SHARED, tf, 0);
    printf("shared read-only map %d: %c%c%c %d %d\n", map != MAP_FAILED, map[0], map[1], map[2],
           map[3], map[4]);
    munmap(map, 5);
    map = mmap(0, 5, PROT_READ | PROT_WRITE, MAP_SHARED, tf, 0);
    map[1] = 'B';
    munmap(map, 5);
    char back[4] = {0};
    pread(tf, back, 3, 0);
    printf("shared writable map %d: %s\n", map != MAP_FAILED, back);
    close(tf);
    printf("truncate %d\n", truncate("/data/trunc.bin", 1));
    stat("/data/trunc.bin", &ts);
    printf("size %ld\n", (long)ts.st_size);
    tf = open("/data/trunc.bin", O_RDONLY);
    errno = 0;
    t1 = ftruncate(tf, 0);
    printf("ftruncate read-only %d %d\n", t1, errno == EINVAL);
    close(tf);
    errno = 0;
    t1 = truncate("ro/readme.txt", 0);
    printf("truncate of a read-only grant %d %s\n", t1, name(errno));
    remove("/data/trunc.bin");

    printf("-- file identity\n");
    struct stat i1, i2, i3, i4;
    stat("/data/in.txt", &i1);
    stat("/data/link_in", &i2);
    stat("ro/readme.txt", &i3);
    tf = open("/data/in.txt", O_RDONLY);
    fstat(tf, &i4);
    close(tf);
    printf("numbered %d\n", i1.st_ino != 0 && i3.st_ino != 0);
    printf("a link and its target %d\n", i1.st_dev == i2.st_dev && i1.st_ino == i2.st_ino);
    printf("a path and a descriptor %d\n", i1.st_dev == i4.st_dev && i1.st_ino == i4.st_ino);
    printf("two files differ %d\n", i1.st_ino != i3.st_ino);

    printf("-- realpath, getcwd, exec, fork\n");
    char rp[256];
    printf("realpath %s\n", realpath("/data/sub/../in.txt", rp));
    printf("relative %s\n", realpath("ro/./readme.txt", rp));
    errno = 0;
    char *r = realpath("/data/nope.txt", rp);
    printf("missing %s %d\n", r ? r : "NULL", errno == ENOENT);
    char *m = realpath("/data//sub/", NULL);
    printf("allocated %s\n", m);
    free(m);
    errno = 0;
    r = getcwd(rp, sizeof rp);
    printf("getcwd %s %d\n", r ? r : "NULL", errno);
    char *args[] = {"ls", NULL};
    errno = 0;
    int e = execvp("ls", args);
    printf("execvp %d %d\n", e, errno == EACCES);
    errno = 0;
    e = fork();
    printf("fork %d %d\n", e, errno == EAGAIN);
    return 0;
}
