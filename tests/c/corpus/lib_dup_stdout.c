/* dup and dup2 with the standard streams: saving standard output, sending
   it to a file with dup2 and bringing it back, writing through a copy of
   descriptor 1, reading back what went to the file, and reading standard
   input through a copy of descriptor 0. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    printf("first line\n");
    fflush(stdout);
    int saved = dup(1);
    printf("saved is a new descriptor %d\n", saved > 2);
    fflush(stdout);

    FILE *f = tmpfile();
    int fd = fileno(f);
    printf("dup2 onto 1 gives %d\n", dup2(fd, 1) == 1);
    printf("this goes to the file\n");
    puts("and so does this");
    fflush(stdout);
    write(1, "raw write too\n", 14);

    dup2(saved, 1);
    close(saved);
    printf("back on standard output\n");

    char buf[128] = {0};
    pread(fd, buf, sizeof buf - 1, 0);
    printf("the file holds:\n%s", buf);

    int copy = dup(1);
    fflush(stdout);
    write(copy, "through a copy of 1\n", 20);
    close(copy);
    printf("isatty of a closed copy %d\n", isatty(copy));

    int in = dup(0);
    char line[32] = {0};
    ssize_t n = read(in, line, sizeof line - 1);
    printf("read %zd bytes from a copy of 0: %s", n, line);
    close(in);
    fclose(f);
    return 0;
}
