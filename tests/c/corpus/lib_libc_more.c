/* More of glibc's surface: ecvt/fcvt and their _r forms, strsignal,
   strlcpy/strlcat, rawmemchr, getrandom/getentropy/arc4random (what holds
   for any random bytes), alarm, Bessel functions, exp10, sincos, drem,
   significand, secure_getenv, valloc's failure. */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#if !defined(__voxcc__) && !(__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 38))
/* glibc before 2.38 has no strlcpy/strlcat: the BSD definitions. */
static size_t strlcpy(char *d, const char *s, size_t n) {
    size_t len = strlen(s);
    if (n) {
        size_t k = len < n - 1 ? len : n - 1;
        memcpy(d, s, k);
        d[k] = 0;
    }
    return len;
}
static size_t strlcat(char *d, const char *s, size_t n) {
    size_t dl = strnlen(d, n);
    if (dl == n) return n + strlen(s);
    return dl + strlcpy(d + dl, s, n - dl);
}
#endif

static void cvt(double v, int nd) {
    int dec = 0, sign = 0;
    char *e = ecvt(v, nd, &dec, &sign);
    printf("ecvt(%.17g, %d) = \"%s\" dec=%d sign=%d", v, nd, e, dec, sign);
    char *f = fcvt(v, nd, &dec, &sign);
    printf("  fcvt = \"%s\" dec=%d sign=%d\n", f ? f : "(null)", dec, sign);
}

int main(void) {
    double vals[] = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 123456.789, 0.000123456, 1e-310,
                     9.9999999, 0.5, 1e22, -2.5e-5, 99.5, INFINITY, -INFINITY};
    int nds[] = {-3, 0, 1, 3, 6, 17, 20};
    for (unsigned i = 0; i < sizeof vals / sizeof *vals; i++)
        for (unsigned j = 0; j < sizeof nds / sizeof *nds; j++) cvt(vals[i], nds[j]);
    {
        char small[4];
        int dec, sign;
        printf("fcvt_r small: %d\n", fcvt_r(12345.678, 2, &dec, &sign, small, sizeof small));
        printf("ecvt_r ok: %d ", ecvt_r(12345.678, 3, &dec, &sign, small, sizeof small));
        printf("\"%s\" %d\n", small, dec);
    }

    for (int s = -1; s <= 66; s++) printf("strsignal(%d) = %s\n", s, strsignal(s));
    psignal(SIGSEGV, "psignal");
    psignal(SIGINT, NULL);

    char buf[8];
    memset(buf, 'x', sizeof buf);
    printf("strlcpy %zu \"%s\"\n", strlcpy(buf, "hello world", sizeof buf), buf);
    printf("strlcpy %zu \"%s\"\n", strlcpy(buf, "hi", sizeof buf), buf);
    printf("strlcpy 0: %zu %c\n", strlcpy(buf, "abc", 0), buf[0]);
    printf("strlcat %zu \"%s\"\n", strlcat(buf, "there", sizeof buf), buf);
    printf("strlcat %zu \"%s\"\n", strlcat(buf, "!", sizeof buf), buf);
    memcpy(buf, "12345678", 8);
    printf("strlcat unterminated %zu\n", strlcat(buf, "ab", 8));
    printf("strlcat short size %zu\n", strlcat(buf, "ab", 3));

    const char *text = "find the z here";
    printf("rawmemchr %td\n", (const char *)rawmemchr(text, 'z') - text);
    printf("rawmemchr nul %td\n", (const char *)rawmemchr(text, 0) - text);

    unsigned char r[300];
    memset(r, 0, sizeof r);
    printf("getrandom %zd\n", getrandom(r, 300, 0));
    printf("getrandom nonblock %zd\n", getrandom(r, 16, GRND_NONBLOCK));
    errno = 0;
    ssize_t got = getrandom(r, 16, 0x100);
    printf("getrandom bad flags %zd %d\n", got, errno == EINVAL);
    printf("getrandom 0 %zd\n", getrandom(r, 0, 0));
    printf("getentropy 256 %d\n", getentropy(r, 256));
    errno = 0;
    int e257 = getentropy(r, 257);
    printf("getentropy 257 %d %d\n", e257, errno == EIO);
    int nonzero = 0;
    for (int i = 0; i < 300; i++) nonzero |= r[i];
    printf("random bytes not all zero: %d\n", nonzero != 0);
    printf("arc4random_uniform(0) %u (1) %u\n", arc4random_uniform(0), arc4random_uniform(1));
    int ok = 1, seen[10] = {0};
    for (int i = 0; i < 2000; i++) {
        unsigned v = arc4random_uniform(10);
        if (v >= 10) ok = 0;
        else seen[v] = 1;
    }
    for (int i = 0; i < 10; i++) ok &= seen[i];
    printf("arc4random_uniform(10): in range, every value drawn: %d\n", ok);
    unsigned a = arc4random(), b = arc4random(), c = arc4random();
    printf("arc4random varies: %d\n", !(a == b && b == c));
    memset(r, 0, 64);
    arc4random_buf(r, 64);
    nonzero = 0;
    for (int i = 0; i < 64; i++) nonzero |= r[i];
    printf("arc4random_buf: %d\n", nonzero != 0);

    unsigned a1 = alarm(5), a2 = alarm(7), a3 = alarm(0);
    printf("alarm %u %u %u\n", a1, a2, a3);

    double xs[] = {0.0, 0.5, 1.5, 10.0, 100.0};
    for (int i = 0; i < 5; i++)
        printf("x=%g j0 %.17g j1 %.17g jn3 %.17g y0 %.17g y1 %.17g yn2 %.17g\n", xs[i], j0(xs[i]),
               j1(xs[i]), jn(3, xs[i]), y0(xs[i]), y1(xs[i]), yn(2, xs[i]));
    printf("j0f %.9g y1f %.9g jnf %.9g ynf %.9g\n", j0f(2.5f), y1f(2.5f), jnf(2, 2.5f), ynf(2, 2.5f));
    errno = 0;
    double yneg = y0(-1.0);
    printf("y0(-1) %g edom=%d\n", yneg, errno == EDOM);
    printf("exp10 %.17g %.17g %.9g\n", exp10(3.0), exp10(-2.5), exp10f(1.5f));
    double s, co;
    sincos(1.0, &s, &co);
    printf("sincos %.17g %.17g\n", s, co);
    float sf, cf;
    sincosf(0.5f, &sf, &cf);
    printf("sincosf %.9g %.9g\n", sf, cf);
    printf("drem %g %g significand %g %g %g\n", drem(10.0, 3.0), drem(11.0, 3.0), significand(48.0),
           significand(0.1), significandf(3.0f));
    printf("secure_getenv %s\n", secure_getenv("VOXCC_SURELY_UNSET_NAME") ? "set" : "(null)");
    return 0;
}
