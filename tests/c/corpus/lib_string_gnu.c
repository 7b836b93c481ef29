/* The POSIX/GNU string functions glibc declares by default (strtok_r,
   strsep, stpcpy, stpncpy, memmem, memrchr, strchrnul, strcasestr),
   asprintf/vasprintf and reallocarray. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <errno.h>
#include <stdint.h>

static int fmt(char **out, const char *f, ...) {
    va_list ap;
    va_start(ap, f);
    int n = vasprintf(out, f, ap);
    va_end(ap);
    return n;
}

int main(void) {
    char a[] = "  alpha, beta;gamma,,delta ";
    char *save, *t;
    for (t = strtok_r(a, " ,;", &save); t; t = strtok_r(NULL, " ,;", &save)) printf("[%s]", t);
    printf("\n");

    char b[] = "k1=v1,,k2=v2,";
    char *p = b, *f;
    while ((f = strsep(&p, ",")) != NULL) printf("<%s>", f);
    printf(" end %d\n", p == NULL);

    char buf[32];
    char *e = stpcpy(stpcpy(buf, "foo"), "bar");
    printf("%s %td\n", buf, e - buf);
    memset(buf, 'x', sizeof buf);
    e = stpncpy(buf, "abc", 6);
    printf("%td %d %d %d %c\n", e - buf, buf[3], buf[4], buf[5], buf[6]);
    e = stpncpy(buf, "abcdefgh", 4);
    printf("%td %.4s %c\n", e - buf, buf, buf[4]);

    const char hay[] = "abc\0abcabd\0xyz";
    const char *m = memmem(hay, sizeof hay, "abd", 3);
    printf("memmem %td %d %d\n", m ? m - hay : -1, memmem(hay, sizeof hay, "zz", 2) == NULL,
           memmem(hay, 3, "", 0) == hay);
    m = memmem(hay, sizeof hay, "\0x", 2);
    printf("memmem nul %td\n", m ? m - hay : -1);
    m = memrchr(hay, 'a', sizeof hay);
    printf("memrchr %td %d\n", m - hay, memrchr(hay, 'q', sizeof hay) == NULL);
    const char *s = "path/to/file";
    printf("strchrnul %s|%d\n", strchrnul(s, '/'), *strchrnul(s, '#'));
    printf("strcasestr %s|%d|%s\n", strcasestr("Hello World", "WORLD"),
           strcasestr("Hello", "xyz") == NULL, strcasestr("abc", ""));

    char *out = NULL;
    int n = asprintf(&out, "%d-%s-%.3f-%c", 42, "str", 3.14159, 'z');
    printf("asprintf %d %s\n", n, out);
    free(out);
    n = fmt(&out, "%0*d|%-6s|%x", 8, 123, "ab", 255u);
    printf("vasprintf %d %s\n", n, out);
    free(out);
    n = asprintf(&out, "%s", "");
    printf("empty %d [%s]\n", n, out);
    free(out);

    int *arr = reallocarray(NULL, 10, sizeof *arr);
    for (int i = 0; i < 10; i++) arr[i] = i * i;
    arr = reallocarray(arr, 20, sizeof *arr);
    printf("reallocarray %d %d\n", arr[9], arr != NULL);
    free(arr);
    return 0;
}
