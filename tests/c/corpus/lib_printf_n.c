/* printf: %n with every length modifier, and counting across conversions */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

int main(void) {
    int a = -1, b = -1, c = -1;
    printf("hello%n, world%n!%n\n", &a, &b, &c);
    printf("a=%d b=%d c=%d\n", a, b, c);
    signed char hh = 0;
    short h = 0;
    long l = 0;
    long long ll = 0;
    intmax_t j = 0;
    size_t z = 0;
    ptrdiff_t t = 0;
    printf("%10d%hhn|%20s%hn|%5.2f%ln|%x%lln|%s%jn|%c%zn|%%%tn\n", 5, &hh, "str", &h, 3.14159, &l, 255u, &ll,
           "abc", &j, 'q', &z, &t);
    printf("hh=%d h=%d l=%ld ll=%lld j=%jd z=%zu t=%td\n", hh, h, l, ll, j, z, t);
    int n1 = 0;
    char buf[64];
    int r = sprintf(buf, "%-8s%n%08.3f", "key", &n1, -2.5);
    printf("sprintf r=%d n1=%d buf=[%s]\n", r, n1, buf);
    int n2 = 0;
    volatile size_t five = 5;
    r = snprintf(buf, five, "0123456789%n", &n2);
    printf("snprintf r=%d n2=%d buf=[%s]\n", r, n2, buf);
    int n3 = 7;
    printf("%n", &n3);
    printf("empty n3=%d\n", n3);
    return 0;
}
