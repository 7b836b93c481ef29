/* <err.h>: "name: message: strerror(errno)\n" (warn, err) or
   "name: message\n" (warnx, errx) on stderr, as glibc writes them. */
#include <err.h>
#include <error.h>
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

/* <error.h> (GNU). */
void (*error_print_progname)(void);
unsigned int error_message_count;
int error_one_per_line;
extern char *program_invocation_name;

static void error_tail(int status, int errnum, const char *format, va_list ap) {
    vfprintf(stderr, format, ap);
    ++error_message_count;
    if (errnum) fprintf(stderr, ": %s", strerror(errnum));
    putc('\n', stderr);
    fflush(stderr);
    if (status) exit(status);
}

void error(int status, int errnum, const char *format, ...) {
    va_list ap;
    fflush(stdout);
    if (error_print_progname) error_print_progname();
    else fprintf(stderr, "%s: ", program_invocation_name);
    va_start(ap, format);
    error_tail(status, errnum, format, ap);
    va_end(ap);
}

void error_at_line(int status, int errnum, const char *fname, unsigned int lineno,
                   const char *format, ...) {
    static const char *last_file;
    static unsigned int last_line;
    va_list ap;
    if (error_one_per_line) {
        /* The same place as the last message: said already. */
        if (lineno == last_line &&
            (fname == last_file || (fname && last_file && strcmp(fname, last_file) == 0)))
            return;
        last_file = fname;
        last_line = lineno;
    }
    fflush(stdout);
    if (error_print_progname) error_print_progname();
    else fprintf(stderr, "%s:", program_invocation_name);
    fprintf(stderr, fname ? "%s:%u: " : " ", fname, lineno);
    va_start(ap, format);
    error_tail(status, errnum, format, ap);
    va_end(ap);
}
