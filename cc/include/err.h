/* <err.h> for voxcc (BSD and glibc): messages on stderr starting with the
   program's short name; err and errx then exit with the given status. */
#ifndef __VOXCC_ERR_H
#define __VOXCC_ERR_H
#include <stdarg.h>
_Noreturn void err(int status, const char *fmt, ...);
_Noreturn void errx(int status, const char *fmt, ...);
_Noreturn void verr(int status, const char *fmt, va_list ap);
_Noreturn void verrx(int status, const char *fmt, va_list ap);
void warn(const char *fmt, ...);
void warnx(const char *fmt, ...);
void vwarn(const char *fmt, va_list ap);
void vwarnx(const char *fmt, va_list ap);
#endif
