/* errno as glibc sets it: strto* overflow and underflow (ERANGE), a bad
   base (EINVAL), untouched on success, strerror's messages, perror's
   format (to stderr), and EILSEQ from the multibyte functions. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static void show(const char *what, int e) {
    printf("%-28s errno %2d %s\n", what, e, e ? strerror(e) : "(none)");
}

int main(void) {
    char *end;
    errno = 0;
    long l = strtol("99999999999999999999", &end, 10);
    show("strtol overflow", errno);
    printf("  value is LONG_MAX: %d, rest '%s'\n", l == LONG_MAX, end);
    errno = 0;
    l = strtol("-99999999999999999999", 0, 10);
    show("strtol underflow", errno);
    printf("  value is LONG_MIN: %d\n", l == LONG_MIN);
    errno = 0;
    unsigned long ul = strtoul("18446744073709551616", 0, 0);
    show("strtoul overflow", errno);
    printf("  value is ULONG_MAX: %d\n", ul == ULONG_MAX);
    errno = 0;
    strtol("12", 0, 1);
    show("strtol base 1", errno);
    errno = 0;
    strtol("12", 0, 37);
    show("strtol base 37", errno);
    errno = 0;
    l = strtol("  -42xyz", &end, 10);
    show("strtol ok", errno);
    printf("  %ld, rest '%s'\n", l, end);
    errno = 0;
    l = strtol("xyz", &end, 10);
    show("strtol no digits", errno);
    errno = 0;
    double d = strtod("1e999", 0);
    show("strtod overflow", errno);
    printf("  %g\n", d);
    errno = 0;
    d = strtod("-1e999", 0);
    show("strtod -overflow", errno);
    errno = 0;
    d = strtod("1e-999", 0);
    show("strtod underflow", errno);
    printf("  %g\n", d);
    errno = 0;
    d = strtod("4.9e-324", 0);
    show("strtod denormal min", errno);
    errno = 0;
    float f = strtof("1e40", 0);
    show("strtof overflow", errno);
    printf("  %g\n", f);
    errno = 0;
    long long ll = strtoll("9223372036854775808", 0, 10);
    show("strtoll overflow", errno);
    printf("  %lld\n", ll);
    errno = 0;
    atoi("123");
    show("atoi", errno);

    errno = 0;
    wchar_t wc;
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t r = mbrtowc(&wc, "\xff", 1, &st);
    show("mbrtowc of 0xff", errno);
    printf("  returned (size_t)-1: %d\n", r == (size_t)-1);
    errno = 0;
    char mb[8];
    r = wcrtomb(mb, 0x263a, &st);
    show("wcrtomb of U+263A", errno);

    for (int e = 0; e <= 40; e += 5) printf("strerror(%d) = %s\n", e, strerror(e));
    printf("strerror(EDOM) = %s\n", strerror(EDOM));
    printf("strerror(ERANGE) = %s\n", strerror(ERANGE));
    printf("strerror(EILSEQ) = %s\n", strerror(EILSEQ));
    printf("strerror(ENOTSUP) = %s\n", strerror(ENOTSUP));
    printf("strerror(133) = %s\n", strerror(133));
    printf("strerror(1234) = %s\n", strerror(1234));
    printf("strerror(-1) = %s\n", strerror(-1));
    char buf[8];
    printf("strerror_r small: %d '%s'\n", strerror_r(ENOENT, buf, sizeof buf), buf);
    printf("EAGAIN == EWOULDBLOCK: %d, ENOTSUP == EOPNOTSUPP: %d\n", EAGAIN == EWOULDBLOCK, ENOTSUP == EOPNOTSUPP);
    errno = ENOENT;
    perror("perror goes to stderr");
    return 0;
}
