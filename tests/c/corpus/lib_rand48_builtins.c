/* glibc's extra generators and helpers, compared with glibc itself:
   random/srandom (rand's generator), the 48-bit family (drand48, lrand48,
   mrand48, erand48, nrand48, jrand48, srand48, seed48, lcong48), ffsl,
   ffsll, the <inttypes.h> functions, and gcc's library builtins that name
   them (bcopy, bzero, index, rindex, the _chk and _unlocked forms,
   __builtin_constant_p of a string literal). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int main(void) {
    srandom(7);
    long r1 = random();
    srand(7);
    printf("random = rand after the same seed: %d\n", r1 == rand());
    double d0 = drand48();
    long l0 = lrand48();
    long m0 = mrand48();
    printf("unseeded 48: %.17g %ld %ld\n", d0, l0, m0);
    srand48(12345);
    for (int i = 0; i < 3; i++) {
        double d = drand48();
        long l = lrand48();
        long m = mrand48();
        printf("%.17g %ld %ld\n", d, l, m);
    }
    unsigned short x[3] = {1, 2, 3};
    double e = erand48(x);
    long n = nrand48(x);
    long j = jrand48(x);
    printf("own state: %.17g %ld %ld -> %u %u %u\n", e, n, j, x[0], x[1], x[2]);
    unsigned short s[3] = {0x1234, 0x5678, 0x9abc};
    unsigned short *old = seed48(s);
    printf("seed48 old %u %u %u, next %ld\n", old[0], old[1], old[2], lrand48());
    unsigned short p[7] = {0, 0x8000, 0x7fff, 5, 0, 0, 3};
    lcong48(p);
    long a = lrand48();
    long b = lrand48();
    printf("lcong48: %ld %ld\n", a, b);

    printf("ffsl %d %d ffsll %d %d\n", ffsl(0), ffsl(0x100000000L), ffsll(0), ffsll(1LL << 62));
    printf("imaxabs %jd\n", imaxabs(-INTMAX_MAX));
    imaxdiv_t q = imaxdiv(-17, 5);
    printf("imaxdiv %jd %jd\n", q.quot, q.rem);
    char *end;
    intmax_t im = strtoimax("  -9223372036854775807x", &end, 10);
    printf("strtoimax %jd '%s'\n", im, end);
    printf("strtoumax %ju\n", strtoumax("0xffffffffffffffff", 0, 16));

    char src[8] = "abcdef", dst[8];
    __builtin_bcopy(src, dst, 7);
    __builtin_bzero(src, 3);
    printf("bcopy %s bzero %d%d%d%c index %s rindex %s\n", dst, src[0], src[1], src[2], src[3],
           __builtin_index(dst, 'c'), __builtin_rindex("a.b.c", '.'));
    char buf[16];
    __builtin___memset_chk(buf, 'x', 4, __builtin_object_size(buf, 0));
    __builtin___memcpy_chk(buf + 4, "yz", 3, __builtin_object_size(buf + 4, 0));
    printf("chk %s\n", buf);
    __builtin___strcpy_chk(buf, "copied", sizeof buf);
    __builtin___strcat_chk(buf, "+cat", sizeof buf);
    printf("chk %s\n", buf);
    int k = __builtin___sprintf_chk(buf, 0, sizeof buf, "%d-%s", 42, "ok");
    printf("sprintf_chk %d %s\n", k, buf);
    k = __builtin___snprintf_chk(buf, 5, 0, sizeof buf, "%s", "truncated");
    printf("snprintf_chk %d %s\n", k, buf);
    __builtin_fputs_unlocked("fputs_unlocked\n", stdout);
    __builtin_fputc('<', stdout);
    __builtin_fwrite("fwrite", 1, 6, stdout);
    __builtin_putc('>', stdout);
    char sp[8];
    char *spe = __builtin_stpncpy(sp, "ab", 4);
    printf(" stpncpy %td %zu\n", spe - sp, __builtin_strnlen("abcdef", 3));
    printf("constant_p %d %d %d\n", __builtin_constant_p("hi"), __builtin_constant_p(3 * 4),
           __builtin_constant_p(buf[0]));
    return 0;
}
