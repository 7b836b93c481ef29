/* <string.h> for voxcc. */
#ifndef __VOXCC_STRING_H
#define __VOXCC_STRING_H
#include <stddef.h>
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t n);
char *strcpy(char *d, const char *s);
char *strncpy(char *d, const char *s, size_t n);
char *strcat(char *d, const char *s);
char *strncat(char *d, const char *s, size_t n);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
size_t strxfrm(char *d, const char *s, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *h, const char *n);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strtok(char *s, const char *delim);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
/* POSIX and GNU extensions that glibc's <string.h> declares by default. */
char *strtok_r(char *s, const char *delim, char **save);
char *strsep(char **sp, const char *delim);
char *stpcpy(char *dst, const char *src);
char *stpncpy(char *dst, const char *src, size_t n);
void *memmem(const void *hay, size_t hn, const void *needle, size_t nn);
void *memrchr(const void *s, int c, size_t n);
char *strchrnul(const char *s, int c);
void *memccpy(void *restrict d, const void *restrict s, int c, size_t n);
void explicit_bzero(void *p, size_t n);
int strverscmp(const char *a, const char *b);
#ifdef _GNU_SOURCE
void *mempcpy(void *dst, const void *src, size_t n);
#endif
char *strcasestr(const char *hay, const char *needle);
/* From <strings.h>, also declared here as glibc does. */
int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
char *strerror(int errnum);
int strerror_r(int errnum, char *buf, size_t n);
/* glibc's descriptions of the signals ("Segmentation fault"). */
char *strsignal(int sig);
/* BSD (glibc 2.38): copy or append within `size` bytes, always terminated
   when size > 0; the result is the length the whole string would have. */
size_t strlcpy(char *restrict dst, const char *restrict src, size_t size);
size_t strlcat(char *restrict dst, const char *restrict src, size_t size);
void *rawmemchr(const void *s, int c);
/* POSIX 2008: in a given locale (the C locale, the only one). */
#ifndef __VOX_LOCALE_T
#define __VOX_LOCALE_T
typedef struct __locale_struct *locale_t;
#endif
int strcoll_l(const char *a, const char *b, locale_t loc);
size_t strxfrm_l(char *restrict d, const char *restrict s, size_t n, locale_t loc);
char *strerror_l(int errnum, locale_t loc);
int strcasecmp_l(const char *a, const char *b, locale_t loc);
int strncasecmp_l(const char *a, const char *b, size_t n, locale_t loc);
#endif
