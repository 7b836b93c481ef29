/* <strings.h> for voxcc: the BSD string functions (case-insensitive
   comparison in the C locale, bzero/bcmp/bcopy, index/rindex, ffs). */
#ifndef __VOXCC_STRINGS_H
#define __VOXCC_STRINGS_H
#include <stddef.h>
int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
void bzero(void *s, size_t n);
int bcmp(const void *a, const void *b, size_t n);
void bcopy(const void *src, void *dst, size_t n);
char *index(const char *s, int c);
char *rindex(const char *s, int c);
int ffs(int i);
int ffsl(long i);
int ffsll(long long i);
#ifndef __VOX_LOCALE_T
#define __VOX_LOCALE_T
typedef struct __locale_struct *locale_t;
#endif
int strcasecmp_l(const char *a, const char *b, locale_t loc);
int strncasecmp_l(const char *a, const char *b, size_t n, locale_t loc);
#endif
