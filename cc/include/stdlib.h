/* <stdlib.h> for voxcc. malloc and friends use the VM heap (an exhausted
   heap gives NULL); the garbage collector is off for C. */
#ifndef __VOXCC_STDLIB_H
#define __VOXCC_STDLIB_H
#include <stddef.h>
#include <alloca.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647
#define MB_CUR_MAX 1

typedef struct { int quot; int rem; } div_t;
typedef struct { long quot; long rem; } ldiv_t;
typedef struct { long long quot; long long rem; } lldiv_t;

void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
void free(void *p);
void *aligned_alloc(size_t align, size_t n);
int posix_memalign(void **out, size_t align, size_t n);

int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
double atof(const char *s);
long strtol(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);
double strtod(const char *s, char **end);
float strtof(const char *s, char **end);
long double strtold(const char *s, char **end);

int abs(int x);
long labs(long x);
long long llabs(long long x);
div_t div(int a, int b);
ldiv_t ldiv(long a, long b);
lldiv_t lldiv(long long a, long long b);

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
void qsort_r(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *, void *), void *arg);
int rand_r(unsigned *seed);
int strfromd(char *restrict s, size_t n, const char *restrict fmt, double v);
int strfromf(char *restrict s, size_t n, const char *restrict fmt, float v);
int strfroml(char *restrict s, size_t n, const char *restrict fmt, long double v);
long long strtoq(const char *restrict s, char **restrict end, int base);
unsigned long long strtouq(const char *restrict s, char **restrict end, int base);
char *gcvt(double v, int ndigit, char *buf);
/* Legacy digit strings (glibc's efgcvt): the digits of v, the decimal
   point's position and the sign apart; ecvt and fcvt share static buffers. */
char *ecvt(double v, int ndigit, int *decpt, int *sign);
char *fcvt(double v, int ndigit, int *decpt, int *sign);
int ecvt_r(double v, int ndigit, int *decpt, int *sign, char *buf, size_t len);
int fcvt_r(double v, int ndigit, int *decpt, int *sign, char *buf, size_t len);
char *qecvt(long double v, int ndigit, int *decpt, int *sign);
char *qfcvt(long double v, int ndigit, int *decpt, int *sign);
char *qgcvt(long double v, int ndigit, char *buf);
/* The host's entropy (or voxvm --random=seed:N): see <sys/random.h>. */
unsigned int arc4random(void);
void arc4random_buf(void *buf, size_t n);
unsigned int arc4random_uniform(unsigned int bound);
/* The sandbox has no load average to report: -1. */
int getloadavg(double loadavg[], int nelem);
void *bsearch(const void *key, const void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

int rand(void);
void srand(unsigned seed);
/* glibc's random is rand's generator, seeded by srandom as by srand. */
long random(void);
void srandom(unsigned seed);
/* The 48-bit congruential generators, with glibc's constants and results. */
double drand48(void);
double erand48(unsigned short xsubi[3]);
long lrand48(void);
long nrand48(unsigned short xsubi[3]);
long mrand48(void);
long jrand48(unsigned short xsubi[3]);
void srand48(long seed);
unsigned short *seed48(unsigned short seed16v[3]);
void lcong48(unsigned short param[7]);

_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void abort(void);
int atexit(void (*fn)(void));
int on_exit(void (*fn)(int status, void *arg), void *arg);
_Noreturn void quick_exit(int status);
int at_quick_exit(void (*fn)(void));
int mblen(const char *s, size_t n);
int mbtowc(wchar_t *pwc, const char *s, size_t n);
int wctomb(char *s, wchar_t wc);
size_t mbstowcs(wchar_t *d, const char *s, size_t n);
size_t wcstombs(char *d, const wchar_t *s, size_t n);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *string);
int clearenv(void);
char *getenv(const char *name);
/* No program here runs with raised privileges: getenv. */
char *secure_getenv(const char *name);
int system(const char *cmd);
/* realloc(p, n * size), failing with ENOMEM instead of overflowing. */
void *reallocarray(void *p, size_t n, size_t size);
/* `.` and `..` resolved, a relative path taken from the working directory,
   and the file checked to exist; the sandbox shows no symbolic links to
   follow. */
char *realpath(const char *path, char *resolved);
/* The trailing "XXXXXX" of the template (before a suffix of `suffixlen`
   bytes) becomes a name that did not exist; the file is created with
   O_EXCL in a granted directory. mkdtemp makes a directory instead. */
int mkstemp(char *tmpl);
int mkostemp(char *tmpl, int flags);
int mkstemps(char *tmpl, int suffixlen);
int mkostemps(char *tmpl, int suffixlen, int flags);
char *mkdtemp(char *tmpl);
/* Only a name (a race, as everywhere): "" in the template when none is found. */
char *mktemp(char *tmpl);
/* Page-aligned blocks: the VM's heap aligns to 16 bytes, so these fail
   with ENOMEM, as memalign does for a larger alignment. */
void *valloc(size_t n);
#ifdef _GNU_SOURCE
/* The conversions in a given locale (GNU; every locale is C here). */
#ifndef __VOX_LOCALE_T
#define __VOX_LOCALE_T
typedef struct __locale_struct *locale_t;
#endif
long strtol_l(const char *restrict s, char **restrict end, int base, locale_t loc);
unsigned long strtoul_l(const char *restrict s, char **restrict end, int base, locale_t loc);
long long strtoll_l(const char *restrict s, char **restrict end, int base, locale_t loc);
unsigned long long strtoull_l(const char *restrict s, char **restrict end, int base, locale_t loc);
double strtod_l(const char *restrict s, char **restrict end, locale_t loc);
float strtof_l(const char *restrict s, char **restrict end, locale_t loc);
long double strtold_l(const char *restrict s, char **restrict end, locale_t loc);
#endif
#endif
