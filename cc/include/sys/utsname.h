/* <sys/utsname.h> for voxcc: uname names the sandbox, not the host
   (sysname "voxvm", nodename "localhost", machine "voxvm"). */
#ifndef __VOXCC_SYS_UTSNAME_H
#define __VOXCC_SYS_UTSNAME_H
struct utsname {
    char sysname[65];
    char nodename[65];
    char release[65];
    char version[65];
    char machine[65];
    char domainname[65];
};
int uname(struct utsname *buf);
#endif
