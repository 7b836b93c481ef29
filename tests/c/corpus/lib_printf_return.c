/* printf family: return values of printf, sprintf, fprintf, puts-like counts */
#include <stdio.h>
#include <string.h>
#include <limits.h>

int main(void) {
    int r1 = printf("abc\n");
    int r2 = printf("%d|%s|%c\n", -12345, "xyz", 'k');
    const char *empty = "";
    int r3 = printf(empty, 0);
    int r4 = printf("%c", 0);
    int r5 = printf("\n%100s\n", "wide");
    int r6 = printf("%lld %llu\n", LLONG_MIN, 18446744073709551615ULL);
    printf("r1=%d r2=%d r3=%d r4=%d r5=%d r6=%d\n", r1, r2, r3, r4, r5, r6);
    char buf[256];
    int s1 = sprintf(buf, "%s=%d", "answer", 42);
    printf("s1=%d len=%zu buf=%s\n", s1, strlen(buf), buf);
    int s2 = sprintf(buf, "%s", "");
    printf("s2=%d buf=[%s]\n", s2, buf);
    int s3 = sprintf(buf, "%.3e", 123456.0);
    printf("s3=%d buf=%s\n", s3, buf);
    int f1 = fprintf(stdout, "to stdout %d\n", 7);
    printf("f1=%d\n", f1);
    int p = 0;
    for (int i = 0; i < 10; i++) p += printf("%d,", i * i);
    printf("\ntotal=%d\n", p);
    return 0;
}
