/* <pwd.h> and <grp.h>: the sandbox's one user (uid 0, as getuid says) and
   its one group, named from the environment the host granted. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>

static const char *user_name(void) {
    const char *u = getenv("USER");
    return u && *u ? u : "user";
}

static const char *home(void) {
    const char *h = getenv("HOME");
    return h && *h ? h : "/";
}

/* Fills `pw` with the user's entry, its strings copied to buf. */
static int fill(struct passwd *pw, char *buf, size_t size) {
    const char *name = user_name(), *dir = home(), *shell = "/bin/sh";
    size_t n = strlen(name) + 1, d = strlen(dir) + 1, s = strlen(shell) + 1;
    if (n + d + s + 1 > size) return ERANGE;
    pw->pw_name = memcpy(buf, name, n);
    pw->pw_passwd = buf + n + d + s; /* "" */
    buf[n + d + s] = 0;
    pw->pw_dir = memcpy(buf + n, dir, d);
    pw->pw_shell = memcpy(buf + n + d, shell, s);
    pw->pw_gecos = pw->pw_name;
    pw->pw_uid = 0;
    pw->pw_gid = 0;
    return 0;
}

static struct passwd entry;
static char entry_buf[1024];

static struct passwd *the_user(void) {
    int e = fill(&entry, entry_buf, sizeof entry_buf);
    if (e) {
        errno = e;
        return 0;
    }
    return &entry;
}

struct passwd *getpwuid(uid_t uid) { return uid == 0 ? the_user() : 0; }
struct passwd *getpwnam(const char *name) {
    return strcmp(name, user_name()) == 0 ? the_user() : 0;
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result) {
    *result = 0;
    if (uid != 0) return 0;
    int e = fill(pw, buf, size);
    if (!e) *result = pw;
    return e;
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
               struct passwd **result) {
    *result = 0;
    if (strcmp(name, user_name()) != 0) return 0;
    int e = fill(pw, buf, size);
    if (!e) *result = pw;
    return e;
}

static int pw_next;
struct passwd *getpwent(void) { return pw_next++ == 0 ? the_user() : 0; }
void setpwent(void) { pw_next = 0; }
void endpwent(void) { pw_next = 0; }

static struct group the_group;
static char group_name[256];
static char *members[2];

static struct group *group(void) {
    const char *name = user_name();
    if (strlen(name) >= sizeof group_name) return 0;
    strcpy(group_name, name);
    members[0] = group_name;
    the_group.gr_name = group_name;
    the_group.gr_passwd = "";
    the_group.gr_gid = 0;
    the_group.gr_mem = members;
    return &the_group;
}

struct group *getgrgid(gid_t gid) { return gid == 0 ? group() : 0; }
struct group *getgrnam(const char *name) {
    return strcmp(name, user_name()) == 0 ? group() : 0;
}

static int gr_next;
struct group *getgrent(void) { return gr_next++ == 0 ? group() : 0; }
void setgrent(void) { gr_next = 0; }
void endgrent(void) { gr_next = 0; }

int getgroups(int size, gid_t list[]) {
    if (size == 0) return 1;
    if (size < 0) {
        errno = EINVAL;
        return -1;
    }
    list[0] = 0;
    return 1;
}
