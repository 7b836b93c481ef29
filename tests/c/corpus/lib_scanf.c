/* stdio: sscanf with d i u x o f lf s c [set] %n and literal matching, counting conversions; scanf from stdin */
#include <stdio.h>
#include <inttypes.h>

int main(void) {
    int a = 0, b = 0, n = 0;
    int r = sscanf("  12 -34", "%d %d%n", &a, &b, &n);
    printf("r=%d a=%d b=%d n=%d\n", r, a, b, n);
    int i1 = 0, i2 = 0, i3 = 0;
    r = sscanf("0x1f 017 99", "%i %i %i", &i1, &i2, &i3);
    printf("r=%d %%i: %d %d %d\n", r, i1, i2, i3);
    unsigned x = 0, o = 0;
    r = sscanf("ff 777", "%x %o", &x, &o);
    printf("r=%d x=%u o=%u\n", r, x, o);
    float f = 0;
    double d = 0;
    r = sscanf("3.25 -1e-3", "%f %lf", &f, &d);
    printf("r=%d f=%g d=%g\n", r, (double)f, d);
    char word[16], c = 0;
    r = sscanf("hello world", "%15s %c", word, &c);
    printf("r=%d word=%s c=%c\n", r, word, c);
    char set[16];
    r = sscanf("abc123def", "%15[a-z]", set);
    printf("r=%d set=%s\n", r, set);
    int day, mon, year;
    r = sscanf("2024-02-29", "%d-%d-%d", &year, &mon, &day);
    printf("r=%d date=%02d/%02d/%04d\n", r, day, mon, year);
    r = sscanf("abc", "%d", &a);
    printf("no match r=%d\n", r);
    r = sscanf("", "%d", &a);
    printf("empty r=%d (EOF=%d)\n", r, EOF);
    int64_t big = 0;
    r = sscanf("-9000000000", "%" SCNd64, &big);
    printf("r=%d big=%" PRId64 "\n", r, big);
    long l = 0; short s = 0; signed char hh = 0;
    r = sscanf("123456789012 -1234 -12", "%ld %hd %hhd", &l, &s, &hh);
    printf("r=%d l=%ld s=%d hh=%d\n", r, l, s, hh);
    int w1 = 0, w2 = 0;
    r = sscanf("123456", "%3d%2d", &w1, &w2);
    printf("r=%d widths %d %d\n", r, w1, w2);
    int skip = 0;
    r = sscanf("7 8", "%*d %d", &skip);
    printf("r=%d skip=%d\n", r, skip);
    long total = 0;
    int v, count = 0;
    while (scanf("%d", &v) == 1) { total += v; count++; }
    printf("stdin: count=%d total=%ld\n", count, total);
    return 0;
}
