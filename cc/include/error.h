/* <error.h> for voxcc (GNU): error() and error_at_line() print
   "program: message[: strerror(errnum)]" on stderr (with "file:line: "
   first for error_at_line), after flushing stdout, and exit with `status`
   when it is not 0, as glibc's do. */
#ifndef __VOXCC_ERROR_H
#define __VOXCC_ERROR_H
void error(int status, int errnum, const char *format, ...);
void error_at_line(int status, int errnum, const char *fname, unsigned int lineno,
                   const char *format, ...);
/* When set, called instead of printing the program's name. */
extern void (*error_print_progname)(void);
/* Messages printed so far. */
extern unsigned int error_message_count;
/* When nonzero, error_at_line prints a file and line only once in a row. */
extern int error_one_per_line;
#endif
