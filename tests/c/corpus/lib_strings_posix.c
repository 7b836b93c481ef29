/* <strings.h>, <sys/time.h>, <sys/times.h> and the fcntl/lstat/chmod
   corners that real programs (zlib's gz*, bzip2) use. */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <time.h>

int main(void) {
    const char *w[] = {"Hello", "hello", "HELLO!", "help", "", "hEllO", "[", "{"};
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) {
            int a = strcasecmp(w[i], w[j]), b = strncasecmp(w[i], w[j], 3);
            printf("%c%c", a < 0 ? '<' : a > 0 ? '>' : '=', b < 0 ? '<' : b > 0 ? '>' : '=');
        }
    printf("\n");
    char buf[16] = "abcdefghijklmno";
    bzero(buf + 3, 4);
    printf("%d %d %d\n", buf[2], buf[3], buf[7]);
    bcopy(buf + 7, buf, 5);
    printf("%.5s %d %d\n", buf, bcmp("abc", "abd", 2) == 0, bcmp("abc", "abd", 3) != 0);
    const char *s = "a/b/c.txt";
    printf("%s %s %d\n", index(s, '/'), rindex(s, '/'), index(s, 'z') == NULL);
    printf("%d %d %d %d\n", ffs(0), ffs(1), ffs(0x80), ffs((int)0x80000000u));

    struct timeval tv, tv2, d;
    printf("gettimeofday %d\n", gettimeofday(&tv, NULL));
    time_t now = time(NULL);
    printf("usec in range %d, close to time() %d\n", tv.tv_usec >= 0 && tv.tv_usec < 1000000,
           tv.tv_sec - now <= 1 && now - tv.tv_sec <= 1);
    gettimeofday(&tv2, NULL);
    timersub(&tv2, &tv, &d);
    printf("not backwards %d, timercmp %d %d\n", d.tv_sec >= 0, timercmp(&tv, &tv2, <=),
           timercmp(&tv, &tv, ==));
    timerclear(&d);
    printf("cleared %d\n", !timerisset(&d));
    struct tms t;
    clock_t c = times(&t);
    printf("times %d %d\n", c != (clock_t)-1, t.tms_utime >= 0 && t.tms_cstime == 0);

    printf("F_GETFL stdin %d\n", fcntl(0, F_GETFL) & O_ACCMODE);
    printf("F_SETFD %d\n", fcntl(0, F_SETFD, FD_CLOEXEC));
    errno = 0;
    int r = fcntl(99, F_GETFD);
    printf("bad fd %d %d\n", r, errno == EBADF);
    struct stat st;
    errno = 0;
    r = lstat("/no/such/file", &st);
    printf("lstat missing %d %d\n", r, errno != 0); /* ENOENT, or EACCES outside the grants */
    errno = 0;
    r = chmod("/no/such/file", 0644);
    printf("chmod missing %d %d\n", r, errno != 0);
    return 0;
}
