/* <err.h>: "name: message: strerror(errno)\n" (warn, err) or
   "name: message\n" (warnx, errx) on stderr, as glibc writes them. */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char *program_invocation_short_name;

static void say(const char *fmt, va_list ap, int with_errno) {
    int e = errno;
    fflush(stdout);
    fprintf(stderr, "%s: ", program_invocation_short_name);
    if (fmt) {
        vfprintf(stderr, fmt, ap);
        if (with_errno) fputs(": ", stderr);
    }
    if (with_errno) fputs(strerror(e), stderr);
    fputc('\n', stderr);
}

void vwarn(const char *fmt, va_list ap) { say(fmt, ap, 1); }
void vwarnx(const char *fmt, va_list ap) { say(fmt, ap, 0); }

void verr(int status, const char *fmt, va_list ap) {
    say(fmt, ap, 1);
    exit(status);
}

void verrx(int status, const char *fmt, va_list ap) {
    say(fmt, ap, 0);
    exit(status);
}

void warn(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    say(fmt, ap, 1);
    va_end(ap);
}

void warnx(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    say(fmt, ap, 0);
    va_end(ap);
}

void err(int status, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    say(fmt, ap, 1);
    va_end(ap);
    exit(status);
}

void errx(int status, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    say(fmt, ap, 0);
    va_end(ap);
    exit(status);
}
