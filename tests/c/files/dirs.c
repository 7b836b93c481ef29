/* Directory listings under a grant: run with --dir box::/data (see
   tests/c_files.rs for the tree it is given). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *type(unsigned char t) {
    switch (t) {
    case DT_DIR: return "dir";
    case DT_REG: return "file";
    case DT_LNK: return "link";
    default: return "?";
    }
}

static void tryopen(const char *path) {
    errno = 0;
    DIR *d = opendir(path);
    printf("opendir %s: %s\n", path, d ? "ok" : strerror(errno));
    if (d) closedir(d);
}

static int no_dots(const struct dirent *e) { return e->d_name[0] != '.'; }

int main(void) {
    DIR *d = opendir("/data");
    if (!d) {
        perror("opendir /data");
        return 1;
    }
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d))) {
        printf("%s %s\n", e->d_name, type(e->d_type));
        n++;
    }
    printf("%d entries, end errno %d\n", n, errno);
    long at = telldir(d);
    rewinddir(d);
    e = readdir(d);
    printf("after rewind: %s (told %ld)\n", e ? e->d_name : "(none)", at);
    seekdir(d, 3);
    e = readdir(d);
    printf("entry 3: %s\n", e ? e->d_name : "(none)");

    struct stat st;
    printf("fstat dir: %d, is dir %d\n", fstat(dirfd(d), &st), S_ISDIR(st.st_mode));
    char buf[8];
    errno = 0;
    printf("read dir: %ld %s\n", (long)read(dirfd(d), buf, sizeof buf), strerror(errno));
    printf("closedir: %d\n", closedir(d));

    struct dirent r, *res;
    d = opendir("/data/sub");
    int k = 0;
    while (readdir_r(d, &r, &res) == 0 && res) k++;
    closedir(d);
    printf("readdir_r /data/sub: %d entries\n", k);

    struct dirent **list;
    int m = scandir("/data", &list, no_dots, alphasort);
    printf("scandir: %d:", m);
    for (int i = 0; i < m; i++) {
        printf(" %s", list[i]->d_name);
        free(list[i]);
    }
    free(list);
    printf("\n");

    tryopen("/data/in.txt");
    tryopen("/data/missing");
    tryopen("/data/dir_out");
    tryopen("/data/sub/..");
    tryopen("/elsewhere");
    tryopen(".");
    return 0;
}
