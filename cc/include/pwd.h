/* <pwd.h> for voxcc. The program is its sandbox's only user, uid 0 (see
   getuid): its entry's name is $USER (or "user") and its home directory
   $HOME (or "/"), from the environment the host granted. No other user
   exists. */
#ifndef __VOXCC_PWD_H
#define __VOXCC_PWD_H
#include <stddef.h>
#include <sys/types.h>
struct passwd {
    char *pw_name;
    char *pw_passwd;
    uid_t pw_uid;
    gid_t pw_gid;
    char *pw_gecos;
    char *pw_dir;
    char *pw_shell;
};
struct passwd *getpwuid(uid_t uid);
struct passwd *getpwnam(const char *name);
int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result);
int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **result);
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);
#endif
