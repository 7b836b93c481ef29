/* <grp.h> for voxcc: one group, gid 0, named as the user (see <pwd.h>),
   with the user as its only member. */
#ifndef __VOXCC_GRP_H
#define __VOXCC_GRP_H
#include <stddef.h>
#include <sys/types.h>
struct group {
    char *gr_name;
    char *gr_passwd;
    gid_t gr_gid;
    char **gr_mem;
};
struct group *getgrgid(gid_t gid);
struct group *getgrnam(const char *name);
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);
int getgroups(int size, gid_t list[]);
#endif
