/* POSIX, GNU and C23 odds and ends: the unlocked stdio forms and stream
   locks, setbuffer/setlinebuf, memccpy, explicit_bzero, strverscmp, swab,
   qsort_r, rand_r (glibc's sequence), strfromd/strfromf, strtoq/strtouq and
   gcvt. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int by_key(const void *a, const void *b, void *dir) {
    int x = *(const int *)a, y = *(const int *)b;
    return *(int *)dir * ((x > y) - (x < y));
}

int main(void) {
    flockfile(stdout);
    if (ftrylockfile(stdout) == 0) funlockfile(stdout);
    putc_unlocked('a', stdout);
    putchar_unlocked('b');
    fputc_unlocked('\n', stdout);
    fputs_unlocked("unlocked\n", stdout);
    fwrite_unlocked("wr\n", 1, 3, stdout);
    printf("eof %d err %d fileno %d\n", feof_unlocked(stdin), ferror_unlocked(stdout), fileno_unlocked(stdout));
    funlockfile(stdout);
    int c = getc_unlocked(stdin), d = getchar_unlocked();
    char line[32];
    fgets_unlocked(line, sizeof line, stdin);
    printf("read %c %c %s", c, d, line);
    fflush_unlocked(stdout);
    static char big[BUFSIZ];
    setbuffer(stdout, big, sizeof big);
    printf("setbuffer\n");
    setlinebuf(stdout);

    char dst[16] = "..............";
    char *end = memccpy(dst, "copy;rest", ';', 9);
    printf("memccpy %td %.6s", end - dst, dst);
    void *none = memccpy(dst, "abc", 'z', 3);
    printf(" %p %.6s\n", none, dst);
    char secret[8] = "secret";
    explicit_bzero(secret, 6);
    printf("explicit_bzero %d %d\n", secret[0], secret[5]);
    const char *v[] = {"a1", "a10", "a9", "a01", "a001", "a0", "b", "a", "1.2.10", "1.2.9", "1.10", "1.9"};
    for (int i = 0; i < 11; i++) printf("%d ", (strverscmp(v[i], v[i + 1]) > 0) - (strverscmp(v[i], v[i + 1]) < 0));
    printf("\n");
    char sw[8];
    swab("abcdefg", sw, 7);
    sw[6] = 0;
    printf("swab %s\n", sw);

    int a[] = {5, -2, 9, 0, 3, 3, -7};
    int dir = -1;
    qsort_r(a, 7, sizeof a[0], by_key, &dir);
    for (int i = 0; i < 7; i++) printf("%d ", a[i]);
    printf("\n");
    unsigned seed = 42;
    for (int i = 0; i < 5; i++) printf("%d ", rand_r(&seed));
    printf("%u\n", seed);
    char buf[64];
    int n = strfromd(buf, sizeof buf, "%.3e", 12345.6789);
    printf("strfromd %d %s\n", n, buf);
    n = strfromf(buf, 4, "%g", 0.5f);
    printf("strfromf %d %s\n", n, buf);
    n = strfromd(buf, sizeof buf, "%a", 1.0);
    printf("strfromd %d %s\n", n, buf);
    printf("strtoq %lld %llu\n", strtoq("-123x", 0, 10), strtouq("ff", 0, 16));
    printf("gcvt %s ", gcvt(3.14159265, 4, buf));
    printf("%s ", gcvt(1e20, 5, buf));
    printf("%s\n", gcvt(-0.000012345, 3, buf));
    return 0;
}
