/* POSIX memory streams (fmemopen, open_memstream) and GNU cookie streams
   (fopencookie): positions, the null byte after the data, a full buffer,
   reading and scanning, seeking, and a stream of the program's own. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static void show(const char *what, const char *buf, size_t n) {
    printf("%s:", what);
    for (size_t i = 0; i < n; i++) printf(" %02x", (unsigned char)buf[i]);
    printf("\n");
}

/* A cookie that upper-cases what is written into a fixed log and counts
   the calls. */
struct log { char text[64]; size_t len; int writes, closes; };

static ssize_t log_write(void *c, const char *b, size_t n) {
    struct log *l = c;
    l->writes++;
    for (size_t i = 0; i < n && l->len < sizeof l->text - 1; i++)
        l->text[l->len++] = (char)(b[i] >= 'a' && b[i] <= 'z' ? b[i] - 32 : b[i]);
    l->text[l->len] = 0;
    return (ssize_t)n;
}

static int log_close(void *c) {
    ((struct log *)c)->closes++;
    return 0;
}

/* A cookie that reads the digits 0-9 over and over, 3 bytes at a time. */
static ssize_t digits_read(void *c, char *b, size_t n) {
    int *next = c;
    size_t k = n < 3 ? n : 3;
    for (size_t i = 0; i < k; i++) b[i] = (char)('0' + (*next)++ % 10);
    return (ssize_t)k;
}

int main(void) {
    /* open_memstream: the buffer and size after each flush, and after a
       seek back and overwrite. */
    char *p = 0;
    size_t n = 99;
    FILE *f = open_memstream(&p, &n);
    printf("open: %zu [%s]\n", n, p);
    fprintf(f, "hello %s", "world");
    fflush(f);
    printf("flush: %zu [%s]\n", n, p);
    fseek(f, 5, SEEK_SET);
    fflush(f);
    printf("seek 5: %zu [%s]\n", n, p);
    fputs("XY", f);
    fflush(f);
    printf("overwrite: %zu [%s]\n", n, p);
    long t = ftell(f);
    printf("tell: %ld\n", t);
    for (int i = 0; i < 1000; i++) fprintf(f, "%d,", i);
    fclose(f);
    printf("close: %zu %zu %.12s...%s\n", n, strlen(p), p, p + n - 8);
    free(p);

    /* fmemopen for writing: nothing reaches the buffer before a flush, a
       null byte follows the data, a full buffer is an error. */
    char buf[16];
    memset(buf, 'z', sizeof buf);
    f = fmemopen(buf, sizeof buf, "w");
    printf("w open: %c\n", buf[0]);
    fprintf(f, "abc");
    printf("before flush: %c\n", buf[0]);
    fflush(f);
    t = ftell(f);
    printf("after flush: [%s] %ld\n", buf, t);
    fprintf(f, "%s", "0123456789abcdefgh");
    int r = fflush(f);
    printf("full: r=%d error=%d\n", r, ferror(f) != 0);
    show("buffer", buf, sizeof buf);
    t = ftell(f);
    printf("tell: %ld\n", t);
    fclose(f);

    /* w+ truncates; reading back what was written. */
    strcpy(buf, "leftover");
    f = fmemopen(buf, sizeof buf, "w+");
    printf("w+ open: [%s]\n", buf);
    fputs("one two", f);
    rewind(f);
    char word[8];
    r = fscanf(f, "%7s", word);
    printf("scan %d [%s]\n", r, word);
    fclose(f);

    /* Append at the first null byte. */
    strcpy(buf, "ab");
    f = fmemopen(buf, sizeof buf, "a");
    t = ftell(f);
    printf("a tell: %ld\n", t);
    fputs("cd", f);
    fclose(f);
    printf("appended: [%s]\n", buf);

    /* Reading: fscanf, fgetc, fgets, fread, feof and seeks. */
    static const char text[] = "12 34 five\nsix seven\n";
    f = fmemopen((void *)text, sizeof text - 1, "r");
    int a = 0, b = 0;
    char w[8] = "";
    r = fscanf(f, "%d %d %7s", &a, &b, w);
    printf("fscanf %d: %d %d %s\n", r, a, b, w);
    int c = fgetc(f);
    printf("next %d\n", c);
    char line[32];
    printf("fgets [%s]\n", fgets(line, sizeof line, f));
    c = fgetc(f);
    printf("at end %d eof=%d\n", c, feof(f) != 0);
    rewind(f);
    c = fgetc(f);
    t = ftell(f);
    printf("rewound: %c %ld\n", c, t);
    fseek(f, -6, SEEK_END);
    size_t got = fread(line, 1, sizeof line, f);
    printf("tail %zu [%.*s]\n", got, (int)got - 1, line);
    errno = 0;
    r = fseek(f, 100, SEEK_SET);
    printf("seek past the end: %d %s\n", r, errno == EINVAL ? "EINVAL" : "?");
    errno = 0;
    r = fileno(f);
    printf("fileno: %d %s\n", r, errno == EBADF ? "EBADF" : "?");
    fclose(f);

    /* fmemopen with no buffer of the program's. */
    f = fmemopen(0, 32, "w+");
    fprintf(f, "%d-%d", 7, 8);
    rewind(f);
    a = b = 0;
    r = fscanf(f, "%d-%d", &a, &b);
    printf("own buffer: %d %d %d\n", r, a, b);
    fclose(f);

    /* Cookie streams. */
    struct log lg = {"", 0, 0, 0};
    cookie_io_functions_t io = {0, log_write, 0, log_close};
    f = fopencookie(&lg, "w", io);
    fprintf(f, "value=%d; ", 42);
    fputs("done", f);
    printf("before close: %zu writes=%d\n", lg.len, lg.writes);
    errno = 0;
    r = fseek(f, 0, SEEK_SET);
    printf("seek without a function: %d\n", r);
    fclose(f);
    printf("log [%s] writes=%d closes=%d\n", lg.text, lg.writes, lg.closes);

    int next = 0;
    cookie_io_functions_t dio = {digits_read, 0, 0, 0};
    f = fopencookie(&next, "r", dio);
    char d[12];
    got = fread(d, 1, 11, f);
    d[got] = 0;
    printf("digits %zu [%s]\n", got, d);
    r = fscanf(f, "%3d", &a);
    printf("scanned %d %d\n", r, a);
    r = fputc('x', f);
    printf("write to a read stream: %d error=%d\n", r, ferror(f) != 0);
    fclose(f);
    return 0;
}
