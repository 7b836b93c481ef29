/* Who and where the program is, as the sandbox answers (run by
   tests/tests/c_files.rs with --env HOME=/home/me --env USER=me, and again
   with no environment): one user and group, uid 0, named from the granted
   environment; uname names the sandbox; resource limits read as unlimited;
   C11 threads run (as the VM's threads); program_invocation_short_name is
   argv[0]'s last component. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <threads.h>
#include <unistd.h>

extern char *program_invocation_name, *program_invocation_short_name;

static int counter;
static void once(void) { counter++; }
static int start(void *arg) { return *(int *)arg + 1; }

int main(int argc, char **argv) {
    (void)argc;
    printf("ids %d %d %d %d\n", getuid(), geteuid(), getgid(), getegid());
    struct passwd *pw = getpwuid(getuid());
    printf("getpwuid: %s %s %s %d\n", pw->pw_name, pw->pw_dir, pw->pw_shell, pw->pw_uid);
    printf("getpwnam(me) %d, getpwnam(root) %d, getpwuid(1000) %d\n", getpwnam("me") != 0,
           getpwnam("root") != 0, getpwuid(1000) != 0);
    struct passwd e, *r;
    char small[4], big[256];
    printf("getpwuid_r small %d %d\n", getpwuid_r(0, &e, small, sizeof small, &r) == ERANGE,
           r == 0);
    printf("getpwuid_r %d %s\n", getpwuid_r(0, &e, big, sizeof big, &r), r ? r->pw_dir : "-");
    setpwent();
    int users = 0;
    while (getpwent()) users++;
    endpwent();
    printf("users %d\n", users);
    struct group *g = getgrgid(0);
    printf("group %s %d member %s %d\n", g->gr_name, g->gr_gid, g->gr_mem[0], g->gr_mem[1] == 0);
    gid_t list[4];
    printf("getgroups %d %d\n", getgroups(4, list), list[0]);

    struct utsname u;
    printf("uname %d: %s %s %s\n", uname(&u), u.sysname, u.nodename, u.machine);
    struct rlimit rl;
    printf("getrlimit %d %d %d\n", getrlimit(RLIMIT_STACK, &rl), rl.rlim_cur == RLIM_INFINITY,
           rl.rlim_max == RLIM_INFINITY);
    printf("setrlimit %d\n", setrlimit(RLIMIT_NOFILE, &rl));
    struct rusage ru;
    printf("getrusage %d %d\n", getrusage(RUSAGE_SELF, &ru), ru.ru_utime.tv_sec >= 0);

    thrd_t t;
    int arg = 41, res = 0;
    printf("thrd_create %d\n", thrd_create(&t, start, &arg) == thrd_success);
    printf("thrd_join %d %d\n", thrd_join(t, &res) == thrd_success, res);
    printf("thrd_equal %d\n", thrd_equal(thrd_current(), thrd_current()));
    mtx_t m;
    printf("mtx_init %d\n", mtx_init(&m, mtx_plain) == thrd_success);
    printf("lock %d\n", mtx_lock(&m) == thrd_success);
    printf("trylock busy %d\n", mtx_trylock(&m) == thrd_busy);
    printf("lock again %d\n", mtx_lock(&m) == thrd_error);
    printf("unlock %d\n", mtx_unlock(&m) == thrd_success);
    mtx_destroy(&m);
    mtx_init(&m, mtx_recursive);
    printf("recursive %d %d\n", mtx_lock(&m) == thrd_success, mtx_lock(&m) == thrd_success);
    cnd_t c;
    cnd_init(&c);
    struct timespec past = {0, 0};
    printf("cnd_timedwait %d\n", cnd_timedwait(&c, &m, &past) == thrd_timedout);
    once_flag flag = ONCE_FLAG_INIT;
    call_once(&flag, once);
    call_once(&flag, once);
    printf("call_once ran %d time(s)\n", counter);
    tss_t key;
    tss_create(&key, 0);
    tss_set(key, &counter);
    printf("tss %d\n", tss_get(key) == &counter);
    struct timespec ts = {1, 0};
    printf("thrd_sleep %d\n", thrd_sleep(&ts, 0));
    static thread_local int tl = 7;
    printf("thread_local %d\n", tl);

    const char *slash = strrchr(argv[0], '/');
    printf("program_invocation_name is argv[0] %d, short name %d\n",
           program_invocation_name == argv[0],
           strcmp(program_invocation_short_name, slash ? slash + 1 : argv[0]) == 0);
    return 0;
}
