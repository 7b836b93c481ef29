/* What a sandboxed program has none of: processes, pipes, terminals,
   devices, dynamic loading, symbolic links, time passing while it sleeps,
   and a view of its own stack (backtrace). Each function exists, so
   programs that mention them compile and run, and fails the way POSIX says
   it fails for that case (or, where POSIX has no such case, with ENOSYS as
   glibc's stubs do). */
#include <dlfcn.h>
#include <execinfo.h>
#include <spawn.h>
#include <stdarg.h>
#include <sys/random.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <poll.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <syslog.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

static int fail(int e) {
    errno = e;
    return -1;
}

int pipe(int fds[2]) {
    (void)fds;
    return fail(ENOSYS);
}

ssize_t readlink(const char *path, char *buf, size_t size) {
    (void)path;
    (void)buf;
    (void)size;
    return fail(ENOSYS);
}

int symlink(const char *target, const char *path) {
    (void)target;
    (void)path;
    return fail(ENOSYS);
}

int setuid(uid_t uid) {
    (void)uid;
    return fail(EPERM);
}

int setgid(gid_t gid) {
    (void)gid;
    return fail(EPERM);
}

FILE *popen(const char *command, const char *mode) {
    (void)command;
    (void)mode;
    errno = ENOSYS;
    return 0;
}

int pclose(FILE *stream) {
    (void)stream;
    return fail(ECHILD);
}

pid_t wait(int *status) {
    (void)status;
    return fail(ECHILD);
}

pid_t waitpid(pid_t pid, int *status, int options) {
    (void)pid;
    (void)status;
    (void)options;
    return fail(ECHILD);
}

int tcgetattr(int fd, struct termios *t) {
    (void)fd;
    (void)t;
    return fail(ENOTTY);
}

int tcsetattr(int fd, int when, const struct termios *t) {
    (void)fd;
    (void)when;
    (void)t;
    return fail(ENOTTY);
}

void cfmakeraw(struct termios *t) {
    t->c_iflag &= ~(unsigned)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    t->c_oflag &= ~(unsigned)OPOST;
    t->c_lflag &= ~(unsigned)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t->c_cflag &= ~(unsigned)(CSIZE | PARENB);
    t->c_cflag |= CS8;
    t->c_cc[VMIN] = 1;
    t->c_cc[VTIME] = 0;
}

speed_t cfgetispeed(const struct termios *t) { return t->c_ispeed; }
speed_t cfgetospeed(const struct termios *t) { return t->c_ospeed; }

int cfsetispeed(struct termios *t, speed_t s) {
    t->c_ispeed = s;
    return 0;
}

int cfsetospeed(struct termios *t, speed_t s) {
    t->c_ospeed = s;
    return 0;
}

int ioctl(int fd, unsigned long request, ...) {
    (void)fd;
    (void)request;
    return fail(ENOTTY);
}

static char dl_message[] = "dynamic loading is not available in the voxvm sandbox";
static int dl_failed;

void *dlopen(const char *file, int mode) {
    (void)file;
    (void)mode;
    dl_failed = 1;
    return 0;
}

void *dlsym(void *handle, const char *name) {
    (void)handle;
    (void)name;
    dl_failed = 1;
    return 0;
}

int dlclose(void *handle) {
    (void)handle;
    dl_failed = 1;
    return -1;
}

char *dlerror(void) {
    if (!dl_failed) return 0;
    dl_failed = 0;
    return dl_message;
}

/* Sleeping takes no time, but gives the other threads their turns. */
unsigned int sleep(unsigned int seconds) {
    (void)seconds;
    __builtin_vox("tyield");
    return 0;
}

int usleep(useconds_t usec) {
    (void)usec;
    __builtin_vox("tyield");
    return 0;
}

int nanosleep(const struct timespec *req, struct timespec *rem) {
    if (req->tv_nsec < 0 || req->tv_nsec > 999999999) return fail(EINVAL);
    if (rem) rem->tv_sec = rem->tv_nsec = 0;
    __builtin_vox("tyield");
    return 0;
}

long sysconf(int name) {
    switch (name) {
    case _SC_CLK_TCK: return 100;
    case _SC_OPEN_MAX: return 1027; /* 0, 1, 2 and 1024 files */
    case _SC_PAGESIZE: return 4096;
    case _SC_NPROCESSORS_CONF:
    case _SC_NPROCESSORS_ONLN: return 1;
    default: return fail(EINVAL);
    }
}

int utimes(const char *path, const struct timeval times[2]) {
    if (!times) return utime(path, 0);
    struct utimbuf t = {times[0].tv_sec, times[1].tv_sec};
    return utime(path, &t);
}

/* Every open descriptor below nfds is ready: reading a file or writing any
   of them never waits here (stdin may, once read). Nothing waits for the
   timeout either. */
int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
           struct timeval *timeout) {
    if (nfds < 0 || nfds > FD_SETSIZE) return fail(EINVAL);
    if (timeout && (timeout->tv_sec < 0 || timeout->tv_usec < 0 || timeout->tv_usec > 999999))
        return fail(EINVAL);
    int ready = 0;
    struct stat st;
    for (int fd = 0; fd < nfds; fd++) {
        int r = readfds && FD_ISSET(fd, readfds), w = writefds && FD_ISSET(fd, writefds);
        int x = exceptfds && FD_ISSET(fd, exceptfds);
        if ((r || w || x) && fstat(fd, &st) < 0) return fail(EBADF);
        ready += r + w;
        if (x) FD_CLR(fd, exceptfds);
    }
    if (timeout) timeout->tv_sec = timeout->tv_usec = 0;
    return ready;
}

int poll(struct pollfd *fds, nfds_t nfds, int timeout) {
    (void)timeout;
    int ready = 0;
    struct stat st;
    for (nfds_t i = 0; i < nfds; i++) {
        fds[i].revents = 0;
        if (fds[i].fd < 0) continue;
        if (fstat(fds[i].fd, &st) < 0) fds[i].revents = POLLNVAL;
        else fds[i].revents = fds[i].events & (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM);
        ready += fds[i].revents != 0;
    }
    return ready;
}

int uname(struct utsname *u) {
    memset(u, 0, sizeof *u);
    strcpy(u->sysname, "voxvm");
    strcpy(u->nodename, "localhost");
    strcpy(u->release, "1.0");
    strcpy(u->version, "sandbox");
    strcpy(u->machine, "voxvm");
    return 0;
}

int getrlimit(int resource, struct rlimit *rl) {
    if (resource < 0 || resource >= RLIMIT_NLIMITS) return fail(EINVAL);
    rl->rlim_cur = rl->rlim_max = RLIM_INFINITY;
    return 0;
}

int setrlimit(int resource, const struct rlimit *rl) {
    if (resource < 0 || resource >= RLIMIT_NLIMITS || rl->rlim_cur > rl->rlim_max)
        return fail(EINVAL);
    return 0;
}

int getpriority(int which, id_t who) {
    (void)who;
    if (which < PRIO_PROCESS || which > PRIO_USER) return fail(EINVAL);
    return 0;
}

int setpriority(int which, id_t who, int prio) {
    (void)who;
    if (which < PRIO_PROCESS || which > PRIO_USER) return fail(EINVAL);
    return prio == 0 ? 0 : fail(EACCES);
}

/* No system log: messages are dropped. */
void openlog(const char *ident, int option, int facility) { (void)ident, (void)option, (void)facility; }
void syslog(int priority, const char *fmt, ...) { (void)priority, (void)fmt; }
void vsyslog(int priority, const char *fmt, va_list ap) { (void)priority, (void)fmt, (void)ap; }
void closelog(void) {}
int setlogmask(int mask) {
    static int current = 0xff;
    int old = current;
    if (mask) current = mask;
    return old;
}

int gethostname(char *name, size_t len) {
    static const char host[] = "localhost";
    if (len < sizeof host) return fail(ENAMETOOLONG);
    memcpy(name, host, sizeof host);
    return 0;
}

int sethostname(const char *name, size_t len) {
    (void)name;
    (void)len;
    return fail(EPERM);
}

char *getlogin(void) {
    errno = ENXIO;
    return 0;
}

int getlogin_r(char *buf, size_t size) {
    (void)buf;
    (void)size;
    return ENXIO;
}

int ttyname_r(int fd, char *buf, size_t size) {
    static const char tty[] = "/dev/tty";
    if (!isatty(fd)) return errno == EBADF ? EBADF : ENOTTY;
    if (size < sizeof tty) return ERANGE;
    memcpy(buf, tty, sizeof tty);
    return 0;
}

char *ttyname(int fd) {
    static char buf[16];
    int e = ttyname_r(fd, buf, sizeof buf);
    if (e) {
        errno = e;
        return 0;
    }
    return buf;
}

/* Time passes only as the clock says, and no signal comes from outside:
   timers are kept (so the old value reads back) and never fire. */
static unsigned int alarm_left;
static struct itimerval timers[3];

unsigned int alarm(unsigned int seconds) {
    unsigned int old = alarm_left;
    alarm_left = seconds;
    return old;
}

int getitimer(int which, struct itimerval *value) {
    if (which < 0 || which > 2) return fail(EINVAL);
    *value = timers[which];
    return 0;
}

int setitimer(int which, const struct itimerval *value, struct itimerval *old) {
    if (which < 0 || which > 2) return fail(EINVAL);
    if (old) *old = timers[which];
    if (value) {
        if (value->it_value.tv_usec < 0 || value->it_value.tv_usec >= 1000000 ||
            value->it_interval.tv_usec < 0 || value->it_interval.tv_usec >= 1000000)
            return fail(EINVAL);
        timers[which] = *value;
    }
    return 0;
}

int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions,
                const posix_spawnattr_t *attr, char *const argv[], char *const envp[]) {
    (void)pid, (void)path, (void)actions, (void)attr, (void)argv, (void)envp;
    return EACCES;
}

int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *actions,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[]) {
    return posix_spawn(pid, file, actions, attr, argv, envp);
}

int posix_spawnattr_init(posix_spawnattr_t *attr) {
    memset(attr, 0, sizeof *attr);
    return 0;
}
int posix_spawnattr_destroy(posix_spawnattr_t *attr) {
    (void)attr;
    return 0;
}
int posix_spawnattr_getflags(const posix_spawnattr_t *attr, short *flags) {
    *flags = attr->__flags;
    return 0;
}
int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags) {
    if (flags & ~0xff) return EINVAL;
    attr->__flags = flags;
    return 0;
}
int posix_spawnattr_getpgroup(const posix_spawnattr_t *attr, pid_t *pgroup) {
    *pgroup = attr->__pgrp;
    return 0;
}
int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup) {
    attr->__pgrp = pgroup;
    return 0;
}
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *attr, sigset_t *set) {
    *set = attr->__sd;
    return 0;
}
int posix_spawnattr_setsigdefault(posix_spawnattr_t *attr, const sigset_t *set) {
    attr->__sd = *set;
    return 0;
}
int posix_spawnattr_getsigmask(const posix_spawnattr_t *attr, sigset_t *set) {
    *set = attr->__ss;
    return 0;
}
int posix_spawnattr_setsigmask(posix_spawnattr_t *attr, const sigset_t *set) {
    attr->__ss = *set;
    return 0;
}
int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions) {
    memset(actions, 0, sizeof *actions);
    return 0;
}
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions) {
    (void)actions;
    return 0;
}
/* The actions would run in a child that never starts: only checked. */
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *actions, int fd, const char *path,
                                     int oflag, mode_t mode) {
    (void)actions, (void)path, (void)oflag, (void)mode;
    return fd < 0 ? EBADF : 0;
}
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *actions, int fd) {
    (void)actions;
    return fd < 0 ? EBADF : 0;
}
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int fd, int newfd) {
    (void)actions;
    return fd < 0 || newfd < 0 ? EBADF : 0;
}

int statvfs(const char *path, struct statvfs *buf) {
    (void)path, (void)buf;
    return fail(ENOSYS);
}

int fstatvfs(int fd, struct statvfs *buf) {
    (void)fd, (void)buf;
    return fail(ENOSYS);
}

long syscall(long number, ...) {
    va_list ap;
    va_start(ap, number);
    long r;
    switch (number) {
    case SYS_getrandom: {
        void *buf = va_arg(ap, void *);
        size_t len = va_arg(ap, size_t);
        unsigned int flags = va_arg(ap, unsigned int);
        r = getrandom(buf, len, flags);
        break;
    }
    case SYS_getpid:
    case SYS_gettid: r = getpid(); break;
    case SYS_getppid: r = getppid(); break;
    default: r = fail(ENOSYS);
    }
    va_end(ap);
    return r;
}

/* <execinfo.h>: the VM shows a program no frames of its own. */
int backtrace(void **buffer, int size) {
    (void)buffer, (void)size;
    return 0;
}

/* One block, freed by one free as glibc's is: `size` pointers to "??". */
char **backtrace_symbols(void *const *buffer, int size) {
    (void)buffer;
    if (size < 0) size = 0;
    char **names = malloc((size_t)size * sizeof *names + 3);
    if (!names) return 0;
    char *unknown = (char *)(names + size);
    strcpy(unknown, "??");
    for (int i = 0; i < size; i++) names[i] = unknown;
    return names;
}

void backtrace_symbols_fd(void *const *buffer, int size, int fd) {
    (void)buffer, (void)size, (void)fd;
}
