/* <unistd.h> for voxcc: the descriptor functions over the host's grants
   (0, 1, 2 are the standard streams; files come from open/fopen), access,
   unlink, rmdir, isatty, getpid (always 1: the program is alone in its
   VM), _exit, and getopt. */
#ifndef __VOXCC_UNISTD_H
#define __VOXCC_UNISTD_H
#include <sys/types.h>
#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
#define R_OK 4
#define W_OK 2
#define X_OK 1
#define F_OK 0
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
void swab(const void *restrict s, void *restrict d, ssize_t n);
int close(int fd);
off_t lseek(int fd, off_t off, int whence);
/* pread and pwrite leave the descriptor's offset where it was. */
ssize_t pread(int fd, void *buf, size_t n, off_t off);
ssize_t pwrite(int fd, const void *buf, size_t n, off_t off);
int ftruncate(int fd, off_t len);
int truncate(const char *path, off_t len);
int fsync(int fd);
int fdatasync(int fd);
void sync(void);
/* The program owns every file it can see (stat gives st_uid 0), so the
   user and group ids are 0; it is alone, so its parent's id is 0 too. */
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
pid_t getppid(void);
int getpagesize(void);
int unlink(const char *path);
int rmdir(const char *path);
int access(const char *path, int mode);
int isatty(int fd);
/* The working directory is a guest path, `/` at first (where the host's
   relative grants are placed: `--dir .` is `/`); chdir moves it to any
   granted directory. */
char *getcwd(char *buf, size_t size);
int chdir(const char *path);
/* No other programs run in the sandbox: exec fails with EACCES, fork with
   EAGAIN. */
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
int execve(const char *path, char *const argv[], char *const envp[]);
int execl(const char *path, const char *arg, ...);
int execlp(const char *file, const char *arg, ...);
pid_t fork(void);
/* Succeed without effect on an existing file: owners are the host's. */
int chown(const char *path, uid_t uid, gid_t gid);
int fchown(int fd, uid_t uid, gid_t gid);
int lchown(const char *path, uid_t uid, gid_t gid);
pid_t getpid(void);
/* The environment the host granted (voxvm --env), "NAME=VALUE" strings;
   setenv and unsetenv change the program's copy. */
extern char **environ;
/* Sleeping takes no time in the sandbox (nothing else runs, and a host
   thread must not be parked by a script): these return at once, done. */
unsigned int sleep(unsigned int seconds);
int usleep(useconds_t usec);
#define _SC_CLK_TCK 2
#define _SC_OPEN_MAX 4
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
long sysconf(int name);
/* Limits of the granted directories (Linux's): names of 255 bytes, paths
   of 4096. */
#define _PC_LINK_MAX 0
#define _PC_MAX_CANON 1
#define _PC_MAX_INPUT 2
#define _PC_NAME_MAX 3
#define _PC_PATH_MAX 4
#define _PC_PIPE_BUF 5
#define _PC_CHOWN_RESTRICTED 6
#define _PC_NO_TRUNC 7
#define _PC_VDISABLE 8
long pathconf(const char *path, int name);
long fpathconf(int fd, int name);
/* The sandbox is one machine named "localhost" (uname's nodename), with
   no login session and no terminal names. */
int gethostname(char *name, size_t len);
int sethostname(const char *name, size_t len);
char *getlogin(void);
int getlogin_r(char *buf, size_t size);
char *ttyname(int fd);
int ttyname_r(int fd, char *buf, size_t size);
/* No signal is ever delivered from outside: an alarm never goes off. */
unsigned int alarm(unsigned int seconds);
/* The host's entropy: see <sys/random.h>. */
int getentropy(void *buf, size_t len);
/* See <sys/syscall.h>. */
long syscall(long number, ...);
/* dup, dup2 and dup3 duplicate descriptors, sharing the offset; a copy of
   0, 1 or 2 reads or writes the host's stream, and dup2 onto 0, 1 or 2
   sends that stream to a file until it is restored or closed. */
int dup(int fd);
int dup2(int fd, int to);
int dup3(int fd, int to, int flags);
/* What the sandbox has none of fails with ENOSYS, as glibc's stubs do:
   pipes, symbolic links; setuid and setgid fail with EPERM. */
int pipe(int fds[2]);
ssize_t readlink(const char *path, char *buf, size_t size);
int symlink(const char *target, const char *path);
int setuid(uid_t uid);
int setgid(gid_t gid);
_Noreturn void _exit(int status);
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *optstring);
#endif
