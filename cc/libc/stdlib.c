/* <stdlib.h>: sorting, glibc's rand, multibyte characters, the rest.
   Memory is in malloc.c, exit in exit.c, number conversions in strto.c:
   members of their own because nearly every program uses them, and a
   member costs what its whole text costs to preprocess. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <malloc.h>
#include <math.h>
#include <inttypes.h>
#include <string.h>
#include <errno.h>
#include <stdio.h>

/* qsort: introsort-free quicksort (median of three, insertion sort for
   small ranges, recursion on the smaller side), swapping bytes. */
static void swap_bytes(char *a, char *b, size_t n) {
    while (n >= 8) {
        long t;
        memcpy(&t, a, 8);
        memcpy(a, b, 8);
        memcpy(b, &t, 8);
        a += 8; b += 8; n -= 8;
    }
    while (n--) {
        char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

/* One sort, instantiated twice: for qsort's two-argument comparison and
   for qsort_r's with a context (through an adapter, qsort was 1.29x slower
   on a million ints). CMP(a, b) is the comparison. */
#define DEFINE_SORT(NAME, CMP_T, CMP)                                                \
    static void NAME(char *base, size_t n, size_t size, CMP_T cmp, void *arg) {     \
        (void)arg;                                                                   \
        while (n > 8) {                                                              \
            char *lo = base, *hi = base + (n - 1) * size, *mid = base + (n / 2) * size; \
            if (CMP(mid, lo) < 0) swap_bytes(mid, lo, size);                         \
            if (CMP(hi, mid) < 0) {                                                  \
                swap_bytes(hi, mid, size);                                           \
                if (CMP(mid, lo) < 0) swap_bytes(mid, lo, size);                     \
            }                                                                        \
            /* Pivot to the front; Hoare partition around it. */                     \
            swap_bytes(base, mid, size);                                             \
            char *i = base, *j = base + n * size;                                    \
            for (;;) {                                                               \
                do i += size; while (i < j && CMP(i, base) < 0);                     \
                do j -= size; while (CMP(j, base) > 0);                              \
                if (i >= j) break;                                                   \
                swap_bytes(i, j, size);                                              \
            }                                                                        \
            swap_bytes(base, j, size);                                               \
            size_t left = (size_t)(j - base) / size, right = n - left - 1;           \
            if (left < right) {                                                      \
                NAME(base, left, size, cmp, arg);                                    \
                base = j + size;                                                     \
                n = right;                                                           \
            } else {                                                                 \
                NAME(j + size, right, size, cmp, arg);                               \
                n = left;                                                            \
            }                                                                        \
        }                                                                            \
        for (size_t i = 1; i < n; i++)                                               \
            for (char *p = base + i * size; p > base && CMP(p - size, p) > 0; p -= size) \
                swap_bytes(p - size, p, size);                                       \
    }

typedef int (*cmp2)(const void *, const void *);
typedef int (*cmp3)(const void *, const void *, void *);
#define CMP2(a, b) cmp(a, b)
#define CMP3(a, b) cmp(a, b, arg)
DEFINE_SORT(sort2, cmp2, CMP2)
DEFINE_SORT(sort3, cmp3, CMP3)

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    if (size) sort2(base, n, size, cmp, 0);
}

/* qsort_r as glibc orders its arguments (the context last). */
void qsort_r(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *, void *), void *arg) {
    if (size) sort3(base, n, size, cmp, arg);
}

void *bsearch(const void *key, const void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    const char *b = base;
    while (n) {
        const char *mid = b + (n / 2) * size;
        int c = cmp(key, mid);
        if (c == 0) return (void *)mid;
        if (c > 0) {
            b = mid + size;
            n = n - n / 2 - 1;
        } else {
            n /= 2;
        }
    }
    return 0;
}

/* glibc's rand(): the TYPE_3 additive feedback generator, same sequence
   for the same seed. */
static int rand_state[34];
static int rand_f, rand_b;
static int rand_seeded;

void srand(unsigned seed) {
    int *r = rand_state;
    if (seed == 0) seed = 1;
    r[0] = (int)seed;
    for (int i = 1; i < 31; i++) {
        long long w = (16807LL * r[i - 1]) % 2147483647;
        if (w < 0) w += 2147483647;
        r[i] = (int)w;
    }
    /* The generator runs on a 31-word window; fill it and discard 310. */
    int s[31];
    for (int i = 0; i < 31; i++) s[i] = r[i];
    rand_f = 3;
    rand_b = 0;
    for (int i = 0; i < 31; i++) rand_state[i] = s[i];
    rand_seeded = 1;
    for (int i = 0; i < 310; i++) rand();
}

int rand(void) {
    if (!rand_seeded) srand(1);
    unsigned *st = (unsigned *)rand_state;
    st[rand_f] += st[rand_b];
    unsigned result = st[rand_f] >> 1;
    if (++rand_f >= 31) rand_f = 0;
    if (++rand_b >= 31) rand_b = 0;
    return (int)result;
}

/* Multibyte characters of the C locale: one byte each, ASCII only (as
   glibc's C locale: bytes above 0x7f are not characters). */
int mblen(const char *s, size_t n) {
    if (!s) return 0;
    if (!n) return -1;
    if ((unsigned char)*s > 0x7f) {
        errno = EILSEQ;
        return -1;
    }
    return *s != 0;
}

int mbtowc(wchar_t *pwc, const char *s, size_t n) {
    if (!s) return 0;
    int r = mblen(s, n);
    if (r >= 0 && pwc) *pwc = (unsigned char)*s;
    return r;
}

int wctomb(char *s, wchar_t wc) {
    if (!s) return 0;
    if ((unsigned)wc > 0x7f) {
        errno = EILSEQ;
        return -1;
    }
    *s = (char)wc;
    return 1;
}

size_t mbstowcs(wchar_t *d, const char *s, size_t n) {
    size_t i = 0;
    for (;; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c > 0x7f) {
            errno = EILSEQ;
            return (size_t)-1;
        }
        if (d && i >= n) return i;
        if (d) d[i] = c;
        if (!c) return i;
    }
}

size_t wcstombs(char *d, const wchar_t *s, size_t n) {
    size_t i = 0;
    for (;; i++) {
        if ((unsigned)s[i] > 0x7f) {
            errno = EILSEQ;
            return (size_t)-1;
        }
        if (d && i >= n) return i;
        if (d) d[i] = (char)s[i];
        if (!s[i]) return i;
    }
}

int system(const char *cmd) {
    (void)cmd;
    return cmd ? -1 : 0; /* no command processor in the sandbox */
}

long random(void) { return rand(); }
void srandom(unsigned seed) { srand(seed); }

/* drand48 and family: X' = (a X + c) mod 2^48, glibc's a and c unless
   lcong48 changed them; drand48 is X' / 2^48, lrand48 its top 31 bits,
   mrand48 its top 32 as a signed number. */
static unsigned short rand48_x[3];
static unsigned long long rand48_a = 0x5deece66dULL;
static unsigned short rand48_c = 0xb;

static unsigned long long rand48_next(unsigned short x[3]) {
    unsigned long long v = (unsigned long long)x[2] << 32 | (unsigned long long)x[1] << 16 | x[0];
    v = (v * rand48_a + rand48_c) & 0xffffffffffffULL;
    x[0] = (unsigned short)v;
    x[1] = (unsigned short)(v >> 16);
    x[2] = (unsigned short)(v >> 32);
    return v;
}

double erand48(unsigned short xsubi[3]) { return (double)rand48_next(xsubi) / 281474976710656.0; }
double drand48(void) { return erand48(rand48_x); }
long nrand48(unsigned short xsubi[3]) { return (long)(rand48_next(xsubi) >> 17); }
long lrand48(void) { return nrand48(rand48_x); }
long jrand48(unsigned short xsubi[3]) { return (long)(int)(unsigned)(rand48_next(xsubi) >> 16); }
long mrand48(void) { return jrand48(rand48_x); }

void srand48(long seed) {
    rand48_x[0] = 0x330e;
    rand48_x[1] = (unsigned short)seed;
    rand48_x[2] = (unsigned short)((unsigned long)seed >> 16);
    rand48_a = 0x5deece66dULL;
    rand48_c = 0xb;
}

unsigned short *seed48(unsigned short seed16v[3]) {
    static unsigned short old[3];
    memcpy(old, rand48_x, sizeof old);
    memcpy(rand48_x, seed16v, sizeof rand48_x);
    rand48_a = 0x5deece66dULL;
    rand48_c = 0xb;
    return old;
}

void lcong48(unsigned short p[7]) {
    memcpy(rand48_x, p, sizeof rand48_x);
    rand48_a = (unsigned long long)p[5] << 32 | (unsigned long long)p[4] << 16 | p[3];
    rand48_c = p[6];
}

/* <inttypes.h>'s: intmax_t is long long. */
intmax_t imaxabs(intmax_t j) { return j < 0 ? -j : j; }
imaxdiv_t imaxdiv(intmax_t n, intmax_t d) {
    imaxdiv_t r = {n / d, n % d};
    return r;
}
intmax_t strtoimax(const char *s, char **end, int base) { return strtoll(s, end, base); }
uintmax_t strtoumax(const char *s, char **end, int base) { return strtoull(s, end, base); }

/* rand_r (POSIX): glibc's, three steps of its LCG per call, so a seed gives
   glibc's sequence. */
int rand_r(unsigned *seed) {
    unsigned next = *seed;
    next = next * 1103515245u + 12345u;
    int r = (int)((next / 65536u) % 2048u);
    next = next * 1103515245u + 12345u;
    r = (r << 10) ^ (int)((next / 65536u) % 1024u);
    next = next * 1103515245u + 12345u;
    r = (r << 10) ^ (int)((next / 65536u) % 1024u);
    *seed = next;
    return r;
}

/* strfromd, strfromf, strfroml (C23): snprintf of one value, with a
   format of the form %[.precision]conversion (anything else is undefined;
   it is refused here with -1). */
static int strfrom(char *s, size_t n, const char *fmt, double v) {
    const char *p = fmt;
    if (*p++ != '%') return -1;
    if (*p == '.') {
        p++;
        if (*p == '*') return -1;
        while (*p >= '0' && *p <= '9') p++;
    }
    if (!*p || !strchr("aAeEfFgG", *p) || p[1]) return -1;
    return snprintf(s, n, fmt, v);
}
int strfromd(char *restrict s, size_t n, const char *restrict fmt, double v) { return strfrom(s, n, fmt, v); }
int strfromf(char *restrict s, size_t n, const char *restrict fmt, float v) { return strfrom(s, n, fmt, v); }
int strfroml(char *restrict s, size_t n, const char *restrict fmt, long double v) { return strfrom(s, n, fmt, (double)v); }

/* BSD's names for strtoll and strtoull. */
long long strtoq(const char *restrict s, char **restrict end, int base) { return strtoll(s, end, base); }
unsigned long long strtouq(const char *restrict s, char **restrict end, int base) { return strtoull(s, end, base); }

/* gcvt (legacy): glibc's is "%.*g" with the digits capped at 17. */
char *gcvt(double v, int ndigit, char *buf) {
    sprintf(buf, "%.*g", ndigit > 17 ? 17 : ndigit, v);
    return buf;
}

/* ecvt, fcvt and their _r forms, as glibc's misc/efgcvt_r-template.c
   computes them: fcvt prints with "%.*f" (at most 17 digits after the
   point), then strips the point and leading zeros; ecvt scales by powers
   of ten first. */
int fcvt_r(double value, int ndigit, int *decpt, int *sign, char *buf, size_t len) {
    long n, i;
    int left = 0;
    if (!buf) {
        errno = EINVAL;
        return -1;
    }
    if (isfinite(value)) {
        *sign = signbit(value) != 0;
        if (*sign) value = -value;
        while (ndigit < 0) {
            double next = value * 0.1;
            if (next < 1.0) {
                ndigit = 0;
                break;
            }
            value = next;
            ++left;
            ++ndigit;
        }
    } else {
        *sign = 0;
    }
    n = snprintf(buf, len, "%.*f", ndigit < 17 ? ndigit : 17, value);
    if (n >= (long)len) return -1;
    i = 0;
    while (i < n && buf[i] >= '0' && buf[i] <= '9') ++i;
    *decpt = (int)i;
    if (i == 0) return 0; /* inf or nan */
    if (i < n) {
        do ++i;
        while (i < n && !(buf[i] >= '0' && buf[i] <= '9'));
        if (*decpt == 1 && buf[0] == '0' && value != 0.0) {
            --*decpt;
            while (i < n && buf[i] == '0') {
                --*decpt;
                ++i;
            }
        }
        long at = *decpt > 0 ? *decpt : 0;
        memmove(&buf[at], &buf[i], (size_t)(n - i));
        buf[n - (i - at)] = '\0';
    }
    if (left) {
        *decpt += left;
        if ((long)--len > n) {
            while (left-- > 0 && n < (long)len) buf[n++] = '0';
            buf[n] = '\0';
        }
    }
    return 0;
}

int ecvt_r(double value, int ndigit, int *decpt, int *sign, char *buf, size_t len) {
    int exponent = 0;
    if (isfinite(value) && value != 0.0) {
        double d = value < 0.0 ? -value : value, f = 1.0;
        if (d < 1.0e-307) {
            /* Subnormals: scale first, or f would overflow below. */
            value /= 1.0e-307;
            d = value < 0.0 ? -value : value;
            exponent += -307;
        }
        if (d < 1.0) {
            do {
                f *= 10.0;
                --exponent;
            } while (d * f < 1.0);
            value *= f;
        } else if (d >= 10.0) {
            do {
                f *= 10;
                ++exponent;
            } while (d >= f * 10.0);
            value /= f;
        }
    }
    if (ndigit <= 0 && len > 0) {
        buf[0] = '\0';
        *decpt = 1;
        *sign = isfinite(value) ? signbit(value) != 0 : 0;
    } else if (fcvt_r(value, (ndigit < 17 ? ndigit : 17) - 1, decpt, sign, buf, len)) {
        return -1;
    }
    *decpt += exponent;
    return 0;
}

static char ecvt_buf[20], fcvt_buf[17 + 308 + 3];

char *ecvt(double v, int ndigit, int *decpt, int *sign) {
    (void)ecvt_r(v, ndigit, decpt, sign, ecvt_buf, sizeof ecvt_buf);
    return ecvt_buf;
}

char *fcvt(double v, int ndigit, int *decpt, int *sign) {
    return fcvt_r(v, ndigit, decpt, sign, fcvt_buf, sizeof fcvt_buf) ? 0 : fcvt_buf;
}

/* long double is double. */
char *qecvt(long double v, int ndigit, int *decpt, int *sign) { return ecvt(v, ndigit, decpt, sign); }
char *qfcvt(long double v, int ndigit, int *decpt, int *sign) { return fcvt(v, ndigit, decpt, sign); }
char *qgcvt(long double v, int ndigit, char *buf) { return gcvt(v, ndigit, buf); }

int getloadavg(double loadavg[], int nelem) {
    (void)loadavg;
    (void)nelem;
    return -1;
}

void *valloc(size_t n) { return memalign(4096, n); }
void *pvalloc(size_t n) { return memalign(4096, (n + 4095) & ~(size_t)4095); }
