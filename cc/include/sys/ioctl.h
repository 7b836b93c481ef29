/* <sys/ioctl.h> for voxcc: no device is reachable from the sandbox, so
   ioctl fails with ENOTTY for every request. */
#ifndef __VOXCC_SYS_IOCTL_H
#define __VOXCC_SYS_IOCTL_H
struct winsize {
    unsigned short ws_row;
    unsigned short ws_col;
    unsigned short ws_xpixel;
    unsigned short ws_ypixel;
};
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define FIONREAD 0x541B
#define FIONBIO 0x5421
int ioctl(int fd, unsigned long request, ...);
#endif
