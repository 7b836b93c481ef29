/* Small POSIX and glibc headers whose answers do not depend on the host:
   <endian.h>, <byteswap.h>, <sys/param.h>, <sys/uio.h> (readv/writev on
   a temporary file), <sys/file.h> (flock), <poll.h>, <langinfo.h> in the
   C locale, <libintl.h> without catalogues, <err.h> (warnx to stderr; errx
   exits with its status), <features.h> and <sys/cdefs.h>. */
#include <byteswap.h>
#include <endian.h>
#include <err.h>
#include <errno.h>
#include <features.h>
#include <langinfo.h>
#include <libintl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/cdefs.h>
#include <sys/file.h>
#include <sys/param.h>
#include <sys/uio.h>
#include <syslog.h>
#include <unistd.h>

__BEGIN_DECLS
static int twice(int x) __THROW;
__END_DECLS
static int twice(int x) { return 2 * x; }

int main(void) {
    printf("endian: %d %d %d\n", BYTE_ORDER == LITTLE_ENDIAN, __BYTE_ORDER == __LITTLE_ENDIAN,
           BIG_ENDIAN);
    printf("htobe16 %#x htole16 %#x be32toh %#x le32toh %#x\n", htobe16(0x1234), htole16(0x1234),
           be32toh(0x12345678u), le32toh(0x12345678u));
    printf("htobe64 %#llx le64toh %#llx\n", (unsigned long long)htobe64(0x0102030405060708ull),
           (unsigned long long)le64toh(0x0102030405060708ull));
    printf("bswap %#x %#x %#llx\n", bswap_16(0xabcd), bswap_32(0xdeadbeefu),
           (unsigned long long)bswap_64(0x1122334455667788ull));
    printf("param: MIN %d MAX %d howmany %d roundup %d powerof2 %d %d NBBY %d MAXPATHLEN %d\n",
           MIN(3, -4), MAX(3, -4), howmany(10, 4), roundup(10, 4), powerof2(64), powerof2(65),
           NBBY, MAXPATHLEN);
    unsigned char bits[4] = {0};
    setbit(bits, 3);
    setbit(bits, 17);
    clrbit(bits, 3);
    printf("bits %d %d %d %d\n", !!isset(bits, 17), !!isset(bits, 3), !!isclr(bits, 3), bits[2]);

    FILE *f = tmpfile();
    int fd = fileno(f);
    char a[] = "head-", b[] = "middle-", c[] = "tail";
    struct iovec out[3] = {{a, 5}, {b, 7}, {c, 4}};
    printf("writev %zd\n", writev(fd, out, 3));
    lseek(fd, 0, SEEK_SET);
    char x[6] = {0}, y[20] = {0};
    struct iovec in[2] = {{x, 5}, {y, 19}};
    ssize_t n = readv(fd, in, 2);
    printf("readv %zd '%s' '%s'\n", n, x, y);
    printf("flock %d %d %d\n", flock(fd, LOCK_EX), flock(fd, LOCK_SH | LOCK_NB), flock(fd, LOCK_UN));
    errno = 0;
    int bad = flock(fd, 0);
    printf("flock bad op %d %d\n", bad, errno == EINVAL);
    fclose(f);

    struct pollfd p[3] = {{1, POLLOUT, -1}, {-1, POLLIN, -1}, {555, POLLIN, -1}};
    int ready = poll(p, 3, 1000);
    printf("poll %d: %#x %#x %#x\n", ready, p[0].revents, p[1].revents, p[2].revents);

    printf("langinfo: %s|%s|%s|%s|%s|%s|%s|%s|%s\n", nl_langinfo(CODESET), nl_langinfo(RADIXCHAR),
           nl_langinfo(D_T_FMT), nl_langinfo(DAY_1), nl_langinfo(ABDAY_3), nl_langinfo(MON_12),
           nl_langinfo(ABMON_2), nl_langinfo(YESEXPR), nl_langinfo(AM_STR));
    printf("gettext: %s %s %s %s\n", gettext("hello"), dgettext("dom", "there"),
           ngettext("one file", "%d files", 1), ngettext("one file", "%d files", 3));
    printf("textdomain %s\n", textdomain(NULL));
    printf("logmask %#x\n", setlogmask(LOG_UPTO(LOG_ERR)) == LOG_UPTO(LOG_DEBUG));
    printf("twice %d\n", twice(21));
    fflush(stdout);
    warnx("a warning to stderr: %d", 42);
    errno = ENOENT;
    warn("with errno");
    errx(3, "done");
}
