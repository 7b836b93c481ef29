/* Every header real code pulls in compiles together, and what each
   declares links: one use of each header's types and functions. */
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <float.h>
#include <inttypes.h>
#include <iso646.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <uchar.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

static noreturn void never(void) { exit(0); }

int main(int argc, char **argv) {
    (void)argv;
    assert(argc >= 1);
    ssize_t ss = -1;
    off_t off = 0;
    pid_t pid = getpid();
    mode_t mode = S_IRUSR | S_IWUSR;
    struct stat st;
    int fd_flags = O_RDONLY | O_CREAT | O_TRUNC | O_APPEND;
    time_t t = 86400 * 365;
    struct tm *tm = gmtime(&t);
    clock_t c = clock();
    struct timespec ts = {1, 2};
    sig_atomic_t flag = 1;
    jmp_buf jb;
    struct lconv *lc = localeconv();
    wint_t wi = btowc('A');
    wctype_t wt = wctype("alpha");
    mbstate_t mbs;
    memset(&mbs, 0, sizeof mbs);
    char16_t c16 = u'x';
    char32_t c32 = U'y';
    wchar_t wbuf[8];
    uintmax_t um = UINTMAX_MAX;
    alignas(16) char aligned[16];
    bool ok = true and not false;

    printf("sizes: ssize_t %zu off_t %zu pid_t %zu mode_t %zu time_t %zu clock_t %zu\n",
           sizeof ss, sizeof off, sizeof pid, sizeof mode, sizeof t, sizeof c);
    printf("wchar_t %zu wint_t %zu char16_t %zu char32_t %zu sig_atomic_t %zu\n",
           sizeof(wchar_t), sizeof wi, sizeof c16, sizeof c32, sizeof flag);
    printf("mode %o flags %o\n", (unsigned)mode, (unsigned)fd_flags);
    printf("year %d, timespec %ld.%ld\n", tm->tm_year + 1900, (long)ts.tv_sec, ts.tv_nsec);
    printf("clock is not negative: %d\n", c >= 0);
    printf("stat of a descriptor: %d\n", fstat(1, &st) == 0);
    printf("decimal point '%s', CHAR_MAX fields: %d\n", lc->decimal_point, lc->frac_digits == CHAR_MAX);
    printf("btowc %u, iswctype %d, mbsinit %d\n", (unsigned)wi, iswctype(L'q', wt) != 0, mbsinit(&mbs));
    size_t nw = mbstowcs(wbuf, "hello", 8);
    printf("mbstowcs %zu, wcslen %zu\n", nw, wcslen(wbuf));
    printf("c16 %u c32 %u\n", (unsigned)c16, (unsigned)c32);
    printf("uintmax %" PRIuMAX ", %s\n", um, ok ? "ok" : "bad");
    printf("aligned %d, alignof(double) %zu\n", (int)((uintptr_t)aligned % 16 == 0), alignof(double));
    int tty = isatty(-1);
    printf("isatty(-1) %d errno %s\n", tty, errno == EBADF ? "EBADF" : "?");
    printf("FLT_DIG %d DBL_MANT_DIG %d, isnan(NAN) %d, floor %g\n", FLT_DIG, DBL_MANT_DIG, isnan(NAN), floor(-1.5));
    printf("SEEK_END %d EOF %d BUFSIZ>0 %d\n", SEEK_END, EOF, BUFSIZ > 0);
    printf("toupper %c, strlen %zu, abs %d\n", toupper('a'), strlen("four"), abs(-3));
    printf("offsetof %zu, CLOCKS_PER_SEC %ld\n", offsetof(struct tm, tm_mday), (long)CLOCKS_PER_SEC);
    if (setjmp(jb) == 0) longjmp(jb, 1);
    printf("SIGINT %d SIG_DFL null %d\n", SIGINT, SIG_DFL == 0);
    never();
}
