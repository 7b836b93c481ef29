/* gcc's object-size-checked builtins (__builtin___memcpy_chk...), as
   glibc's __*_chk functions: the operation, or an abort with glibc's
   message when it would write past the object's known size. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Noreturn void __chk_fail(void) {
    fputs("*** buffer overflow detected ***: terminated\n", stderr);
    abort();
}

void *__memcpy_chk(void *d, const void *s, size_t n, size_t size) {
    if (n > size) __chk_fail();
    return memcpy(d, s, n);
}

void *__memmove_chk(void *d, const void *s, size_t n, size_t size) {
    if (n > size) __chk_fail();
    return memmove(d, s, n);
}

void *__mempcpy_chk(void *d, const void *s, size_t n, size_t size) {
    if (n > size) __chk_fail();
    return (char *)memcpy(d, s, n) + n;
}

void *__memset_chk(void *d, int c, size_t n, size_t size) {
    if (n > size) __chk_fail();
    return memset(d, c, n);
}

char *__strcpy_chk(char *d, const char *s, size_t size) {
    if (strlen(s) >= size) __chk_fail();
    return strcpy(d, s);
}

char *__stpcpy_chk(char *d, const char *s, size_t size) {
    size_t n = strlen(s);
    if (n >= size) __chk_fail();
    return (char *)memcpy(d, s, n + 1) + n;
}

char *__strncpy_chk(char *d, const char *s, size_t n, size_t size) {
    if (n > size) __chk_fail();
    return strncpy(d, s, n);
}

char *__stpncpy_chk(char *d, const char *s, size_t n, size_t size) {
    if (n > size) __chk_fail();
    size_t k = strnlen(s, n);
    memcpy(d, s, k);
    memset(d + k, 0, n - k);
    return d + k;
}

char *__strcat_chk(char *d, const char *s, size_t size) {
    size_t a = strlen(d), b = strlen(s);
    if (a + b >= size) __chk_fail();
    memcpy(d + a, s, b + 1);
    return d;
}

char *__strncat_chk(char *d, const char *s, size_t n, size_t size) {
    size_t a = strlen(d), b = strnlen(s, n);
    if (a + b >= size) __chk_fail();
    memcpy(d + a, s, b);
    d[a + b] = 0;
    return d;
}

int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t size, const char *fmt, va_list ap) {
    (void)flag;
    if (maxlen > size) __chk_fail();
    return vsnprintf(s, maxlen, fmt, ap);
}

int __vsprintf_chk(char *s, int flag, size_t size, const char *fmt, va_list ap) {
    (void)flag;
    if (size == 0) __chk_fail();
    int n = vsnprintf(s, size, fmt, ap);
    if (n >= 0 && (size_t)n >= size) __chk_fail();
    return n;
}

int __sprintf_chk(char *s, int flag, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = __vsprintf_chk(s, flag, size, fmt, ap);
    va_end(ap);
    return n;
}

int __snprintf_chk(char *s, size_t maxlen, int flag, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = __vsnprintf_chk(s, maxlen, flag, size, fmt, ap);
    va_end(ap);
    return n;
}
