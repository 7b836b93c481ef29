/* <stdlib.h>'s number conversions (the parsing is the host's, identical
   to glibc's) and integer abs/div. A member of its own (not of stdlib.c)
   because so many programs read a number from their arguments. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <errno.h>

unsigned long __vox_strtoi(const char *s, char **end, int base, int is_unsigned, int *err);
double __vox_strtod(const char *s, char **end, int *err);
float __vox_strtof(const char *s, char **end, int *err);

long strtol(const char *s, char **end, int base) { return (long)__vox_strtoi(s, end, base, 0, &errno); }
long long strtoll(const char *s, char **end, int base) { return (long long)__vox_strtoi(s, end, base, 0, &errno); }
unsigned long strtoul(const char *s, char **end, int base) { return __vox_strtoi(s, end, base, 1, &errno); }
unsigned long long strtoull(const char *s, char **end, int base) { return __vox_strtoi(s, end, base, 1, &errno); }
double strtod(const char *s, char **end) { return __vox_strtod(s, end, &errno); }
float strtof(const char *s, char **end) { return __vox_strtof(s, end, &errno); }
long double strtold(const char *s, char **end) { return __vox_strtod(s, end, &errno); }
int atoi(const char *s) { return (int)strtol(s, 0, 10); }
long atol(const char *s) { return strtol(s, 0, 10); }
long long atoll(const char *s) { return strtoll(s, 0, 10); }
double atof(const char *s) { return strtod(s, 0); }

/* The _l forms: every locale is the C locale. */
long strtol_l(const char *restrict s, char **restrict end, int base, locale_t loc) {
    (void)loc;
    return strtol(s, end, base);
}
unsigned long strtoul_l(const char *restrict s, char **restrict end, int base, locale_t loc) {
    (void)loc;
    return strtoul(s, end, base);
}
long long strtoll_l(const char *restrict s, char **restrict end, int base, locale_t loc) {
    (void)loc;
    return strtoll(s, end, base);
}
unsigned long long strtoull_l(const char *restrict s, char **restrict end, int base, locale_t loc) {
    (void)loc;
    return strtoull(s, end, base);
}
double strtod_l(const char *restrict s, char **restrict end, locale_t loc) {
    (void)loc;
    return strtod(s, end);
}
float strtof_l(const char *restrict s, char **restrict end, locale_t loc) {
    (void)loc;
    return strtof(s, end);
}
long double strtold_l(const char *restrict s, char **restrict end, locale_t loc) {
    (void)loc;
    return strtold(s, end);
}

int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }
long long llabs(long long x) { return x < 0 ? -x : x; }
div_t div(int a, int b) { div_t r; r.quot = a / b; r.rem = a % b; return r; }
ldiv_t ldiv(long a, long b) { ldiv_t r; r.quot = a / b; r.rem = a % b; return r; }
lldiv_t lldiv(long long a, long long b) { lldiv_t r; r.quot = a / b; r.rem = a % b; return r; }
