/* <dirent.h> for voxcc: directories under the granted ones (voxvm --dir).
   readdir lists `.` and `..` first, then the entries sorted by name, as
   they were when opendir ran (the same order on every run). */
#ifndef __VOXCC_DIRENT_H
#define __VOXCC_DIRENT_H
#include <sys/types.h>
#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12
struct dirent {
    ino_t d_ino;
    off_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[256];
};
typedef struct __voxcc_dir DIR;
DIR *opendir(const char *path);
struct dirent *readdir(DIR *dir);
int readdir_r(DIR *dir, struct dirent *entry, struct dirent **result);
int closedir(DIR *dir);
void rewinddir(DIR *dir);
long telldir(DIR *dir);
void seekdir(DIR *dir, long pos);
int dirfd(DIR *dir);
int alphasort(const struct dirent **a, const struct dirent **b);
int scandir(const char *path, struct dirent ***list, int (*keep)(const struct dirent *),
            int (*cmp)(const struct dirent **, const struct dirent **));
#endif
