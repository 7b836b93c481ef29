/* The small POSIX/glibc headers programs include in passing: <sysexits.h>,
   <paths.h>, <sys/sysmacros.h>, <stdckdint.h> (C23), <semaphore.h>,
   <sched.h>'s sched_param, syscall(), <stdio_ext.h> and <error.h>. */
#include <errno.h>
#include <error.h>
#include <paths.h>
#include <sched.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sysexits.h>
#include <unistd.h>
#if __has_include(<stdckdint.h>)
#include <stdckdint.h>
#else /* gcc 12's library predates C23 */
#define ckd_add(r, a, b) __builtin_add_overflow((a), (b), (r))
#define ckd_sub(r, a, b) __builtin_sub_overflow((a), (b), (r))
#define ckd_mul(r, a, b) __builtin_mul_overflow((a), (b), (r))
#endif

int main(void) {
    printf("EX_OK=%d EX_USAGE=%d EX_DATAERR=%d EX_NOINPUT=%d EX_SOFTWARE=%d EX_CONFIG=%d\n",
           EX_OK, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_SOFTWARE, EX_CONFIG);
    printf("%s %s %s\n", _PATH_DEVNULL, _PATH_TMP, _PATH_BSHELL);

    unsigned maj[] = {0, 8, 300, 4095, 4096, 0xfffff};
    unsigned min[] = {0, 17, 70000, 255, 256, 0xfffff};
    for (int i = 0; i < 6; i++) {
        dev_t d = makedev(maj[i], min[i]);
        printf("dev %llx major=%u minor=%u\n", (unsigned long long)d, (unsigned)major(d),
               (unsigned)minor(d));
    }

    int r;
    int ov = ckd_add(&r, 2147483647, 1);
    printf("ckd_add ov=%d r=%d\n", ov, r);
    ov = ckd_mul(&r, 1000, 1000);
    printf("ckd_mul ov=%d r=%d\n", ov, r);
    ov = ckd_mul(&r, 100000, 100000);
    printf("ckd_mul ov=%d r=%d\n", ov, r);
    unsigned char uc;
    ov = ckd_sub(&uc, 3, 5);
    printf("ckd_sub ov=%d uc=%d\n", ov, uc);
    long long ll;
    ov = ckd_add(&ll, 2147483647, 2147483647);
    printf("ckd_add ov=%d ll=%lld\n", ov, ll);

    sem_t s;
    if (sem_init(&s, 0, 2) != 0) {
        puts("sem_init failed");
        return 1;
    }
    int v;
    sem_getvalue(&s, &v);
    printf("sem=%d\n", v);
    sem_wait(&s);
    sem_wait(&s);
    sem_getvalue(&s, &v);
    printf("sem=%d\n", v);
    errno = 0;
    int t = sem_trywait(&s);
    int again = errno == EAGAIN;
    printf("trywait=%d eagain=%d\n", t, again);
    sem_post(&s);
    sem_post(&s);
    sem_getvalue(&s, &v);
    printf("sem=%d\n", v);
    printf("trywait=%d\n", sem_trywait(&s));
    sem_destroy(&s);

    struct sched_param sp;
    memset(&sp, 0, sizeof sp);
    printf("sched_priority=%d policies %d %d %d\n", sp.sched_priority, SCHED_OTHER, SCHED_FIFO,
           SCHED_RR);
    long pid = syscall(SYS_getpid);
    printf("syscall(SYS_getpid)==getpid(): %d\n", pid == (long)getpid());

    printf("pending output");
    printf(" %d\n", __fwriting(stdout) != 0);
    fflush(stdout);
    printf("dropped by __fpurge\n");
    __fpurge(stdout);
    printf("after purge\n");

    fflush(stdout);
    error(0, 0, "a message %d", 42);
    error(0, ENOENT, "with errno");
    error_at_line(0, 0, "file.c", 12, "at a line");
    printf("error_message_count=%u\n", error_message_count);
    error(3, 0, "and exit");
    puts("not reached");
    return 0;
}
