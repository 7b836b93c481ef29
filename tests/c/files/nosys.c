/* What the sandbox has none of fails cleanly, with POSIX's errno for the
   case, and what it fakes is harmless: sleeping takes no time, select finds
   every open descriptor ready (see tests/c_files.rs). */
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define SHOW(call) do { errno = 0; long r_ = (long)(call); \
    printf("%-28s %ld %s\n", #call, r_, errno ? strerror(errno) : "-"); } while (0)

int main(void) {
    int fds[2];
    struct termios t;
    struct winsize ws;
    int status;
    char buf[16];
    SHOW(pipe(fds));
    SHOW(chdir("/"));
    SHOW(readlink("x", buf, sizeof buf));
    SHOW(symlink("a", "b"));
    SHOW(setuid(0));
    SHOW(waitpid(-1, &status, WNOHANG));
    SHOW(wait(&status));
    SHOW(tcgetattr(0, &t));
    SHOW(ioctl(1, TIOCGWINSZ, &ws));
    SHOW(popen("ls", "r") == NULL);
    SHOW(dlopen("libm.so.6", RTLD_NOW) == NULL);
    printf("dlerror: %s\n", dlerror());
    printf("dlerror again: %s\n", dlerror() ? "message" : "(null)");
    SHOW(sleep(5));
    SHOW(usleep(1000));
    struct timespec ts = {1, 500}, rem = {9, 9};
    SHOW(nanosleep(&ts, &rem));
    printf("rem %ld %ld\n", (long)rem.tv_sec, rem.tv_nsec);
    ts.tv_nsec = 1000000000;
    SHOW(nanosleep(&ts, 0));
    SHOW(sysconf(_SC_PAGESIZE));
    SHOW(sysconf(_SC_NPROCESSORS_ONLN));
    SHOW(sysconf(-1));
    fd_set r, w;
    FD_ZERO(&r);
    FD_ZERO(&w);
    FD_SET(0, &r);
    FD_SET(1, &w);
    struct timeval tv = {2, 0};
    SHOW(select(2, &r, &w, 0, &tv));
    printf("ready: %d %d, timeout left %ld\n", FD_ISSET(0, &r), FD_ISSET(1, &w), (long)tv.tv_sec);
    FD_SET(9, &r);
    SHOW(select(10, &r, 0, 0, 0));
    struct termios raw = {0};
    cfmakeraw(&raw);
    printf("raw: icanon %d echo %d cs8 %d\n", !!(raw.c_lflag & ICANON), !!(raw.c_lflag & ECHO),
           (raw.c_cflag & CSIZE) == CS8);
    return 0;
}
