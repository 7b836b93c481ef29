/* The wide printf family (<wchar.h>): swprintf, vswprintf, wprintf,
   vwprintf, fwprintf, vfwprintf. Numbers are formatted by the narrow
   printf, one directive at a time (their text is ASCII); strings and
   characters are handled here, where widths and precisions count wide
   characters. A `%s` argument is a multibyte string and a `%c` argument a
   byte, widened as mbrtowc and btowc do in the C locale (ASCII; anything
   else fails with EILSEQ, as in glibc's C locale). Positional arguments
   (`%1$d`) are not supported: the call fails with EINVAL. */
#include <wchar.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include <stddef.h>
#include <limits.h>

/* Where the wide characters go: a caller's buffer (which is never overrun:
   `len` keeps counting past `cap`) or a growing one. */
struct wout {
    wchar_t *buf;
    size_t cap;
    size_t len;
    int grows;
    int failed;
};

static void put(struct wout *o, wchar_t c) {
    if (o->grows && o->len + 1 >= o->cap && !o->failed) {
        size_t cap = o->cap ? o->cap * 2 : 128;
        wchar_t *b = realloc(o->buf, cap * sizeof(wchar_t));
        if (!b) {
            o->failed = 1;
        } else {
            o->buf = b;
            o->cap = cap;
        }
    }
    if (o->len + 1 < o->cap) o->buf[o->len] = c;
    o->len++;
}

static void pad(struct wout *o, long n) {
    for (; n > 0; n--) put(o, L' ');
}

/* Wide characters `s[0..n)` in a field of `width`. */
static void field(struct wout *o, const wchar_t *s, size_t n, long width, int left) {
    long fill = width > (long)n ? width - (long)n : 0;
    if (!left) pad(o, fill);
    for (size_t i = 0; i < n; i++) put(o, s[i]);
    if (left) pad(o, fill);
}

/* Formats `fmt` into `o`: 0, or -1 with errno set. */
static int wformat(struct wout *o, const wchar_t *fmt, va_list ap) {
    for (const wchar_t *p = fmt; *p; p++) {
        if (*p != L'%') {
            put(o, *p);
            continue;
        }
        const wchar_t *start = p++;
        char flags[8];
        int nflags = 0, left = 0;
        while (*p && wcschr(L"-+ #0'", *p)) {
            if (*p == L'-') left = 1;
            if (nflags < 7) flags[nflags++] = (char)*p;
            p++;
        }
        flags[nflags] = 0;
        long width = -1, prec = -1;
        if (*p == L'*') {
            width = va_arg(ap, int);
            if (width < 0) {
                left = 1;
                width = -width;
            }
            p++;
        } else {
            for (width = 0; *p >= L'0' && *p <= L'9'; p++) {
                if (width < INT_MAX / 10) width = width * 10 + (*p - L'0');
            }
            if (*p == L'$') {
                errno = EINVAL;
                return -1;
            }
            if (p == start + 1 + nflags) width = -1;
        }
        if (*p == L'.') {
            p++;
            if (*p == L'*') {
                prec = va_arg(ap, int);
                if (prec < 0) prec = -1;
                p++;
            } else {
                for (prec = 0; *p >= L'0' && *p <= L'9'; p++) {
                    if (prec < INT_MAX / 10) prec = prec * 10 + (*p - L'0');
                }
            }
        }
        char len[3] = {0};
        if (*p == L'h' || *p == L'l') {
            len[0] = (char)*p++;
            if (*p == len[0]) len[1] = (char)*p++;
        } else if (*p == L'L' || *p == L'q' || *p == L'j' || *p == L'z' || *p == L't') {
            len[0] = (char)*p++;
        }
        wchar_t conv = *p;
        if (!conv) {
            errno = EINVAL;
            return -1;
        }
        switch (conv) {
        case L'%':
            put(o, L'%');
            continue;
        case L'c':
        case L'C': {
            wchar_t c;
            if (len[0] == 'l' || conv == L'C') {
                c = (wchar_t)va_arg(ap, wint_t);
            } else {
                wint_t w = btowc((unsigned char)va_arg(ap, int));
                if (w == WEOF) {
                    errno = EILSEQ;
                    return -1;
                }
                c = (wchar_t)w;
            }
            field(o, &c, 1, width, left);
            continue;
        }
        case L's':
        case L'S':
            if (len[0] == 'l' || conv == L'S') {
                const wchar_t *s = va_arg(ap, const wchar_t *);
                if (!s) s = L"(null)";
                size_t n = 0;
                while (s[n] && (prec < 0 || n < (size_t)prec)) n++;
                field(o, s, n, width, left);
            } else {
                const char *s = va_arg(ap, const char *);
                if (!s) s = "(null)";
                size_t n = 0;
                while (s[n] && (prec < 0 || n < (size_t)prec)) {
                    if ((unsigned char)s[n] > 0x7f) {
                        errno = EILSEQ;
                        return -1;
                    }
                    n++;
                }
                long fill = width > (long)n ? width - (long)n : 0;
                if (!left) pad(o, fill);
                for (size_t i = 0; i < n; i++) put(o, (wchar_t)(unsigned char)s[i]);
                if (left) pad(o, fill);
            }
            continue;
        case L'n': {
            void *dst = va_arg(ap, void *);
            long long done = (long long)o->len;
            if (len[0] == 'h' && len[1] == 'h') *(signed char *)dst = (signed char)done;
            else if (len[0] == 'h') *(short *)dst = (short)done;
            else if (len[0] == 'l' && len[1] == 'l') *(long long *)dst = done;
            else if (len[0] == 'l' || len[0] == 'z' || len[0] == 't' || len[0] == 'j' || len[0] == 'q')
                *(long *)dst = (long)done;
            else *(int *)dst = (int)done;
            continue;
        }
        default:
            break;
        }
        if (!wcschr(L"diouxXeEfFgGaAp", conv)) {
            errno = EINVAL;
            return -1;
        }
        /* The directive for the narrow printf, with `*` resolved; integers
           go to it as (unsigned) long long, already cut to their size. */
        int integer = !wcschr(L"peEfFgGaA", conv);
        char dir[64];
        int k = snprintf(dir, sizeof dir, "%%%s%s", flags, left && !strchr(flags, '-') ? "-" : "");
        if (width >= 0) k += snprintf(dir + k, sizeof dir - (size_t)k, "%ld", width);
        if (prec >= 0) k += snprintf(dir + k, sizeof dir - (size_t)k, ".%ld", prec);
        snprintf(dir + k, sizeof dir - (size_t)k, "%s%c", integer ? "ll" : len, (char)conv);
        char small[128], *text = small;
        int n;
        if (conv == L'p') {
            n = snprintf(small, sizeof small, dir, va_arg(ap, void *));
        } else if (wcschr(L"eEfFgGaA", conv)) {
            double d = va_arg(ap, double);
            n = snprintf(small, sizeof small, dir, d);
            if (n >= (int)sizeof small && (text = malloc((size_t)n + 1)) != NULL)
                snprintf(text, (size_t)n + 1, dir, d);
        } else {
            int is_signed = conv == L'd' || conv == L'i';
            long long v;
            if ((len[0] == 'l' && len[1] == 'l') || len[0] == 'q') v = va_arg(ap, long long);
            else if (len[0] == 'l') v = va_arg(ap, long);
            else if (len[0] == 'j') v = (long long)va_arg(ap, intmax_t);
            else if (len[0] == 'z') v = (long long)va_arg(ap, size_t);
            else if (len[0] == 't') v = (long long)va_arg(ap, ptrdiff_t);
            else {
                /* Not `is_signed ? i : (unsigned)i`: that is unsigned. */
                int i = va_arg(ap, int);
                if (len[0] == 'h' && len[1] == 'h') {
                    if (is_signed) v = (signed char)i;
                    else v = (unsigned char)i;
                } else if (len[0] == 'h') {
                    if (is_signed) v = (short)i;
                    else v = (unsigned short)i;
                } else if (is_signed) {
                    v = i;
                } else {
                    v = (unsigned)i;
                }
            }
            n = snprintf(small, sizeof small, dir, v);
            if (n >= (int)sizeof small && (text = malloc((size_t)n + 1)) != NULL)
                snprintf(text, (size_t)n + 1, dir, v);
        }
        if (n < 0 || !text) {
            errno = text ? EOVERFLOW : ENOMEM;
            return -1;
        }
        for (int i = 0; i < n && text[i]; i++) put(o, (wchar_t)(unsigned char)text[i]);
        if (text != small) free(text);
    }
    return o->failed ? (errno = ENOMEM, -1) : 0;
}

int vswprintf(wchar_t *s, size_t n, const wchar_t *fmt, va_list ap) {
    struct wout o = {s, n, 0, 0, 0};
    va_list aq;
    va_copy(aq, ap);
    int r = wformat(&o, fmt, aq);
    va_end(aq);
    if (n) s[o.len < n ? o.len : n - 1] = 0;
    if (r < 0) return -1;
    /* n or more wide characters would not fit with the terminator. */
    if (o.len >= n) {
        errno = EOVERFLOW;
        return -1;
    }
    return o.len > INT_MAX ? (errno = EOVERFLOW, -1) : (int)o.len;
}

int swprintf(wchar_t *s, size_t n, const wchar_t *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vswprintf(s, n, fmt, ap);
    va_end(ap);
    return r;
}

int vfwprintf(FILE *f, const wchar_t *fmt, va_list ap) {
    struct wout o = {0, 0, 0, 1, 0};
    va_list aq;
    va_copy(aq, ap);
    int r = wformat(&o, fmt, aq);
    va_end(aq);
    if (r < 0) {
        free(o.buf);
        return -1;
    }
    fwide(f, 1);
    for (size_t i = 0; i < o.len; i++) {
        if (fputwc(o.buf[i], f) == WEOF) {
            free(o.buf);
            return -1;
        }
    }
    free(o.buf);
    return o.len > INT_MAX ? (errno = EOVERFLOW, -1) : (int)o.len;
}

int fwprintf(FILE *f, const wchar_t *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfwprintf(f, fmt, ap);
    va_end(ap);
    return r;
}

int vwprintf(const wchar_t *fmt, va_list ap) { return vfwprintf(stdout, fmt, ap); }

int wprintf(const wchar_t *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfwprintf(stdout, fmt, ap);
    va_end(ap);
    return r;
}
