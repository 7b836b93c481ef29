/* glob over a granted tree: run with --dir TREE::/data --cwd /data and
   argument /data (see tests/c_files.rs for the tree it is given). The
   answers are glibc's on the same tree. */
#include <dirent.h>
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *root;

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *code(int r) {
    switch (r) {
    case 0: return "ok";
    case GLOB_NOMATCH: return "NOMATCH";
    case GLOB_ABORTED: return "ABORTED";
    case GLOB_NOSPACE: return "NOSPACE";
    default: return "?";
    }
}

/* Prints the names, with `root` shown as `ROOT`. */
static void show(const glob_t *g, size_t from) {
    size_t n = strlen(root);
    for (size_t i = from; i < g->gl_offs + g->gl_pathc; i++) {
        const char *s = g->gl_pathv[i];
        if (!s)
            printf(" (null)");
        else if (!strncmp(s, root, n))
            printf(" ROOT%s", s + n);
        else
            printf(" %s", s);
    }
    printf("\n");
}

static void run(const char *pattern, int flags, const char *label) {
    glob_t g;
    char buf[256];
    if (pattern[0] == '@') {
        snprintf(buf, sizeof buf, "%s%s", root, pattern + 1);
        pattern = buf;
    }
    int r = glob(pattern, flags, 0, &g);
    printf("%-6s %-14s %-7s %zu:", label, pattern[0] == '/' ? "(abs)" : pattern, code(r),
           r ? 0 : g.gl_pathc);
    if (r == 0) {
        if (flags & GLOB_NOSORT) qsort(g.gl_pathv, g.gl_pathc, sizeof *g.gl_pathv, cmp);
        show(&g, 0);
        if (!(flags & GLOB_NOSORT) && !!(g.gl_flags & GLOB_MAGCHAR) !=
            (strpbrk(pattern, "*?[") != 0))
            printf("  MAGCHAR %d\n", !!(g.gl_flags & GLOB_MAGCHAR));
        globfree(&g);
    } else {
        printf("\n");
    }
}

static int errors;
static int on_error(const char *path, int err) {
    printf("  errfunc(%s, %s)\n", path, strerror(err));
    return errors;
}

/* GLOB_ALTDIRFUNC: the program's own directory functions. */
static int opens, stats;
static void *my_opendir(const char *path) {
    printf("  opendir(%s)\n", path);
    opens++;
    return opendir(path);
}
static struct dirent *my_readdir(void *d) { return readdir(d); }
static void my_closedir(void *d) { closedir(d); }
static int my_stat(const char *path, struct stat *st) {
    stats++;
    return stat(path, st);
}

int main(int argc, char **argv) {
    root = argc > 1 ? argv[1] : "/data";
    static const char *plain[] = {
        "*", "*.txt", ".*", "*/", "*/*", "*/*.txt", "dir?/f*", "d*/s*/*", "d*/*/*.txt",
        "nomatch*", "a.txt", "nofile", "dir1/f1", "dir1/nofile", "[ab].txt", "[!a]*.txt",
        "\\*star", "\\[br]", "[br]", "[[]br]", "x\\?y", "x?y", "dir1", "dir1/", "*/.h*",
        ".h*/*", "emptydir/*", "dir1//f*", "d\\ir1/f1", "d\\ir1/f*", "*.txt/", "link*",
        "link*/", "link/*", "[", "dir1/[", "@/*.c", "@/dir*/f1", "@/*/sub",
    };
    for (size_t i = 0; i < sizeof plain / sizeof *plain; i++) run(plain[i], 0, "0");
    run("*", GLOB_MARK, "MARK");
    run("*/*", GLOB_MARK, "MARK");
    run("dir1", GLOB_MARK, "MARK");
    run("*", GLOB_PERIOD, "PERIOD");
    run("*/*", GLOB_PERIOD, "PERIOD");
    run("*", GLOB_ONLYDIR, "ONLYD");
    run("*", GLOB_NOSORT, "NOSORT");
    run("nomatch*", GLOB_NOCHECK, "CHECK");
    run("no/match*", GLOB_NOCHECK, "CHECK");
    run("no*/x", GLOB_NOCHECK, "CHECK");
    run("nofile", GLOB_NOCHECK, "CHECK");
    run("\\*nofile", GLOB_NOCHECK, "CHECK");
    run("nomatch*", GLOB_NOMAGIC, "NOMAG");
    run("nofile", GLOB_NOMAGIC, "NOMAG");
    run("\\*star", GLOB_NOESCAPE, "NOESC");
    run("x\\?y", GLOB_NOESCAPE, "NOESC");
    run("{a,b,nomatch}.txt", GLOB_BRACE, "BRACE");
    run("{dir2,dir1}/f{1,2*}", GLOB_BRACE, "BRACE");
    run("{x,y}z", GLOB_BRACE, "BRACE");
    run("{x,y}z", GLOB_BRACE | GLOB_NOCHECK, "BRACE");
    run("{a,b.txt", GLOB_BRACE | GLOB_NOCHECK, "BRACE");

    /* GLOB_DOOFFS: the first gl_offs slots are NULL; GLOB_APPEND adds. */
    glob_t g;
    g.gl_offs = 2;
    int r = glob("*.txt", GLOB_DOOFFS, 0, &g);
    printf("DOOFFS %s %zu:", code(r), g.gl_pathc);
    show(&g, 0);
    r = glob("dir2/*", GLOB_DOOFFS | GLOB_APPEND, 0, &g);
    printf("APPEND %s %zu:", code(r), g.gl_pathc);
    show(&g, 0);
    r = glob("nomatch", GLOB_DOOFFS | GLOB_APPEND, 0, &g);
    printf("APPEND nomatch %s %zu, last %s\n", code(r), g.gl_pathc,
           g.gl_pathv[g.gl_offs + g.gl_pathc] ? "set" : "NULL");
    globfree(&g);

    /* Errors: a missing directory is reported to errfunc; GLOB_ERR or a
       nonzero answer from errfunc stops with GLOB_ABORTED. */
    r = glob("nodir/*", 0, on_error, &g);
    printf("nodir/* errfunc 0: %s\n", code(r));
    errors = 1;
    r = glob("nodir/*", 0, on_error, &g);
    printf("nodir/* errfunc 1: %s\n", code(r));
    r = glob("nodir/*", GLOB_ERR, 0, &g);
    printf("nodir/* GLOB_ERR: %s\n", code(r));
    r = glob("a.txt/*", GLOB_ERR, 0, &g);
    printf("a.txt/* GLOB_ERR: %s\n", code(r));
    g.gl_opendir = my_opendir;
    g.gl_readdir = my_readdir;
    g.gl_closedir = my_closedir;
    g.gl_stat = my_stat;
    g.gl_lstat = my_stat;
    r = glob("d*/*.txt", GLOB_ALTDIRFUNC | GLOB_MARK, 0, &g);
    printf("ALTDIRFUNC %s:", code(r));
    show(&g, 0);
    printf("  %d opens, %d stats\n", opens, stats);
    globfree(&g);

    /* GLOB_TILDE: `~` is $HOME; there is no user database for `~user`. */
    setenv("HOME", root, 1);
    run("~/d*1", GLOB_TILDE, "TILDE");
    run("~", GLOB_TILDE | GLOB_MARK, "TILDE");
    run("~nosuchuser/x", GLOB_TILDE | GLOB_NOCHECK, "TILDE");
    run("~nosuchuser/x", GLOB_TILDE_CHECK, "TCHECK");
    run("~/nofile", GLOB_TILDE_CHECK | GLOB_NOCHECK, "TCHECK");

    errno = 0;
    r = glob("*", 1 << 20, 0, &g);
    printf("bad flag: %d %s\n", r, strerror(errno));
    return 0;
}
