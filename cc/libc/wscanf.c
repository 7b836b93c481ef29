/* The wide scanf family (<wchar.h>): swscanf, vswscanf, wscanf, vwscanf,
   fwscanf, vfwscanf. In the C locale a multibyte character is one ASCII
   byte, so a wide format and wide input are the narrow ones widened: they
   are narrowed and handed to the narrow scanf, whose %ls, %lc and %l[...]
   store wide characters. A format with a character outside ASCII fails with
   EILSEQ; wide input ends at its first character outside ASCII (no
   directive can match it in this locale anyway). */
#include <wchar.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <errno.h>

char *__vox_narrow(const wchar_t *s, char *small, size_t cap); /* wchar.c */

static char *narrow_format(const wchar_t *fmt, char *small, size_t cap) {
    for (const wchar_t *p = fmt; *p; p++) {
        if ((unsigned)*p > 0x7f) {
            errno = EILSEQ;
            return 0;
        }
    }
    char *d = __vox_narrow(fmt, small, cap);
    if (!d) errno = ENOMEM;
    return d;
}

int vswscanf(const wchar_t *s, const wchar_t *fmt, va_list ap) {
    char fbuf[256], sbuf[512];
    char *f = narrow_format(fmt, fbuf, sizeof fbuf);
    if (!f) return EOF;
    char *in = __vox_narrow(s, sbuf, sizeof sbuf);
    int r;
    if (!in) {
        errno = ENOMEM;
        r = EOF;
    } else {
        va_list aq;
        va_copy(aq, ap);
        r = vsscanf(in, f, aq);
        va_end(aq);
    }
    if (in != sbuf) free(in);
    if (f != fbuf) free(f);
    return r;
}

int swscanf(const wchar_t *s, const wchar_t *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vswscanf(s, fmt, ap);
    va_end(ap);
    return r;
}

int vfwscanf(FILE *stream, const wchar_t *fmt, va_list ap) {
    char fbuf[256];
    char *f = narrow_format(fmt, fbuf, sizeof fbuf);
    if (!f) return EOF;
    va_list aq;
    va_copy(aq, ap);
    int r = vfscanf(stream, f, aq);
    va_end(aq);
    if (f != fbuf) free(f);
    return r;
}

int fwscanf(FILE *stream, const wchar_t *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfwscanf(stream, fmt, ap);
    va_end(ap);
    return r;
}

int vwscanf(const wchar_t *fmt, va_list ap) { return vfwscanf(stdin, fmt, ap); }

int wscanf(const wchar_t *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfwscanf(stdin, fmt, ap);
    va_end(ap);
    return r;
}
