/* ftw and nftw over a granted tree: run with --dir TREE::/data --cwd /data
   (see tests/c_files.rs for the tree it is given). */
#define _GNU_SOURCE /* FTW_ACTIONRETVAL and friends in glibc */
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *kind(int k) {
    switch (k) {
    case FTW_F: return "F";
    case FTW_D: return "D";
    case FTW_DNR: return "DNR";
    case FTW_NS: return "NS";
    case FTW_SL: return "SL";
    case FTW_DP: return "DP";
    case FTW_SLN: return "SLN";
    default: return "?";
    }
}

static int show(const char *path, const struct stat *st, int k, struct FTW *f) {
    printf("  %-3s %d %-22s base %-12s", kind(k), f->level, path, path + f->base);
    if (k == FTW_F) printf(" size %ld", (long)st->st_size);
    if (k == FTW_SL) printf(" islnk %d", S_ISLNK(st->st_mode));
    printf("\n");
    return 0;
}

static int show_ftw(const char *path, const struct stat *st, int k) {
    (void)st;
    printf("  %-3s %s\n", kind(k), path);
    return 0;
}

static int stop_at_f2(const char *path, const struct stat *st, int k, struct FTW *f) {
    show(path, st, k, f);
    return strstr(path, "f2.txt") ? 7 : 0;
}

/* FTW_ACTIONRETVAL: skip dir1's subtree, the rest of dir2 after f1, stop
   at emptydir. */
static int act(const char *path, const struct stat *st, int k, struct FTW *f) {
    show(path, st, k, f);
    const char *name = path + f->base;
    if (!strcmp(name, "dir1")) return FTW_SKIP_SUBTREE;
    if (!strcmp(name, "f1") && strstr(path, "dir2")) return FTW_SKIP_SIBLINGS;
    if (!strcmp(name, "emptydir")) return FTW_STOP;
    return FTW_CONTINUE;
}

static int where(const char *path, const struct stat *st, int k, struct FTW *f) {
    (void)st;
    char cwd[256];
    if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "?");
    /* A name relative to the working directory reaches the file. */
    struct stat s2;
    int ok = stat(path + f->base, &s2) == 0;
    printf("  %-3s %-18s cwd %-16s reachable %d\n", kind(k), path, cwd, ok);
    return 0;
}

/* `rm -r`: FTW_DEPTH so directories are empty when removed, FTW_PHYS so
   a link is removed, not what it points to. */
static int rm(const char *path, const struct stat *st, int k, struct FTW *f) {
    (void)st;
    (void)f;
    int r = remove(path);
    printf("  remove %-3s %-16s %d\n", kind(k), path, r);
    return r;
}

static void run(const char *dir, int flags, const char *label) {
    printf("nftw %s %s:\n", dir, label);
    errno = 0;
    int r = nftw(dir, show, 8, flags);
    printf("  -> %d%s%s\n", r, r ? " " : "", r ? strerror(errno) : "");
}

int main(int argc, char **argv) {
    (void)argv;
    run(".", 0, "0");
    run(".", FTW_DEPTH, "DEPTH");
    run(".", FTW_PHYS, "PHYS");
    run("dir1/", FTW_PHYS | FTW_DEPTH, "PHYS|DEPTH");
    run("/data/dir2", FTW_MOUNT, "MOUNT");
    run("a.txt", 0, "file");
    run("link", 0, "link");
    run("nonexistent", 0, "missing");
    run("", 0, "empty");
    run(".", 1 << 8, "bad flag");

    printf("ftw .:\n");
    printf("  -> %d\n", ftw(".", show_ftw, 4));

    printf("nftw stop:\n");
    printf("  -> %d\n", nftw(".", stop_at_f2, 4, FTW_PHYS));
    printf("nftw actionretval:\n");
    printf("  -> %d\n", nftw(".", act, 4, FTW_ACTIONRETVAL | FTW_PHYS));
    printf("nftw actionretval depth:\n");
    printf("  -> %d\n", nftw("dir2", act, 4, FTW_ACTIONRETVAL | FTW_DEPTH));

    printf("nftw chdir:\n");
    printf("  -> %d\n", nftw("dir1", where, 4, FTW_CHDIR | FTW_DEPTH));
    printf("nftw chdir absolute:\n");
    printf("  -> %d\n", nftw("/data/dir2", where, 4, FTW_CHDIR));
    char cwd[256];
    printf("cwd after: %s\n", getcwd(cwd, sizeof cwd) ? cwd : "?");

    if (argc > 1) {
        printf("nftw rm -r trash:\n");
        printf("  -> %d\n", nftw("trash", rm, 4, FTW_DEPTH | FTW_PHYS));
        printf("nftw after:\n");
        nftw(".", show, 4, FTW_PHYS);
    }
    return 0;
}
