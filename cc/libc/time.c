/* <time.h>: the clocks are the host's (frozen under voxvm
   --clock=fixed:SECONDS); calendar arithmetic, time zones and strftime are
   here, as glibc does them in the C locale. Local time is UTC unless the
   program's environment has a POSIX TZ ("EST5EDT,M3.2.0,M11.1.0",
   "<+0530>-5:30", "UTC0"); names that need the time zone database are UTC. */
#include <time.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/resource.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

long __vox_time(void);
long __vox_clock(void);
int __vox_clock_gettime(int id, long *out);

time_t time(time_t *t) {
    time_t now = __vox_time();
    if (t) *t = now;
    return now;
}

clock_t clock(void) { return __vox_clock(); }

int clock_gettime(clockid_t id, struct timespec *ts) {
    long v[2];
    int r = __vox_clock_gettime(id, v);
    if (r < 0) {
        errno = -r;
        return -1;
    }
    ts->tv_sec = v[0];
    ts->tv_nsec = v[1];
    return 0;
}

int timespec_get(struct timespec *ts, int base) {
    if (base != TIME_UTC || clock_gettime(CLOCK_REALTIME, ts)) return 0;
    return base;
}

double difftime(time_t end, time_t start) {
    long lim = 1L << 53;
    if (end < lim && end > -lim && start < lim && start > -lim) return (double)(end - start);
    return (double)end - (double)start;
}

/* ---- calendar ---- */

static long floordiv(long a, long b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

/* Days since 1970-01-01 of y-m-d (m 1..12), proleptic Gregorian. */
static long days_from_civil(long y, int m, int d) {
    y -= m <= 2;
    long era = floordiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int is_leap(long y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

static const char *const wday_abbr[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const wday_name[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};
static const char *const mon_abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const mon_name[] = {"January", "February", "March", "April", "May", "June", "July",
                                       "August", "September", "October", "November", "December"};

/* Breaks t + off down into *tm; 0 when the year does not fit an int. */
static int breakdown(long t, long off, struct tm *tm) {
    long s = t + off;
    if ((off > 0 && s < t) || (off < 0 && s > t)) return 0;
    long days = floordiv(s, 86400), secs = s - days * 86400;
    long z = days + 719468;
    long era = floordiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    y += m <= 2;
    if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) return 0;
    tm->tm_year = (int)(y - 1900);
    tm->tm_mon = m - 1;
    tm->tm_mday = d;
    tm->tm_hour = (int)(secs / 3600);
    tm->tm_min = (int)(secs / 60 % 60);
    tm->tm_sec = (int)(secs % 60);
    long wd = (days + 4) % 7;
    tm->tm_wday = (int)(wd < 0 ? wd + 7 : wd);
    tm->tm_yday = (int)(days - days_from_civil(y, 1, 1));
    return 1;
}

/* ---- time zone (POSIX TZ) ---- */

struct rule {
    char kind; /* 'J' (Jn: 1..365, no Feb 29), 'D' (n: 0..365), 'M' (Mm.w.d) */
    int a, b, c;
    long time; /* seconds after local midnight */
};

static char std_name[16] = "UTC", dst_name[16] = "UTC";
char *tzname[2] = {std_name, dst_name};
long timezone;
int daylight;
static long dst_west;
static struct rule dst_start, dst_end;
static char tz_seen[64];
static int tz_valid;

static const char *tz_name(const char *p, char *out) {
    int n = 0;
    if (*p == '<') {
        for (p++; *p && *p != '>'; p++)
            if (n < 15) out[n++] = *p;
        if (*p != '>') return 0;
        p++;
    } else {
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
            if (n < 15) out[n++] = *p++;
            else p++;
    }
    out[n] = 0;
    return n >= 3 ? p : 0;
}

static const char *tz_num(const char *p, int *v) {
    if (*p < '0' || *p > '9') return 0;
    int n = 0;
    while (*p >= '0' && *p <= '9') {
        if (n < 100000) n = n * 10 + (*p - '0');
        p++;
    }
    *v = n;
    return p;
}

/* [+-]hh[:mm[:ss]] as seconds (positive west of Greenwich for offsets). */
static const char *tz_time(const char *p, long *secs) {
    int sign = 1, h, m = 0, s = 0;
    if (*p == '+' || *p == '-') sign = *p++ == '-' ? -1 : 1;
    if (!(p = tz_num(p, &h))) return 0;
    if (*p == ':') {
        if (!(p = tz_num(p + 1, &m))) return 0;
        if (*p == ':' && !(p = tz_num(p + 1, &s))) return 0;
    }
    *secs = sign * (h * 3600L + m * 60L + s);
    return p;
}

static const char *tz_rule(const char *p, struct rule *r) {
    if (*p == 'J') {
        r->kind = 'J';
        if (!(p = tz_num(p + 1, &r->a))) return 0;
    } else if (*p == 'M') {
        r->kind = 'M';
        if (!(p = tz_num(p + 1, &r->a)) || *p != '.') return 0;
        if (!(p = tz_num(p + 1, &r->b)) || *p != '.') return 0;
        if (!(p = tz_num(p + 1, &r->c))) return 0;
    } else {
        r->kind = 'D';
        if (!(p = tz_num(p, &r->a))) return 0;
    }
    r->time = 7200;
    if (*p == '/' && !(p = tz_time(p + 1, &r->time))) return 0;
    return p;
}

void tzset(void) {
    const char *tz = getenv("TZ");
    if (!tz) tz = "";
    if (tz_valid && !strncmp(tz, tz_seen, sizeof tz_seen - 1)) return;
    strncpy(tz_seen, tz, sizeof tz_seen - 1);
    tz_valid = 1;
    strcpy(std_name, "UTC");
    strcpy(dst_name, "UTC");
    timezone = 0;
    daylight = 0;
    if (*tz == ':') return;
    char sn[16], dn[16];
    long soff, doff;
    const char *p = tz_name(tz, sn);
    if (!p || !(p = tz_time(p, &soff))) return; /* not a POSIX TZ: UTC */
    strcpy(std_name, sn);
    strcpy(dst_name, sn);
    timezone = soff;
    if (!*p) return;
    if (!(p = tz_name(p, dn))) return;
    doff = soff - 3600;
    if (*p && *p != ',' && !(p = tz_time(p, &doff))) return;
    struct rule a = {'M', 3, 2, 0, 7200}, b = {'M', 11, 1, 0, 7200};
    if (*p == ',') {
        if (!(p = tz_rule(p + 1, &a)) || *p != ',' || !(p = tz_rule(p + 1, &b))) return;
    }
    strcpy(dst_name, dn);
    dst_west = doff;
    dst_start = a;
    dst_end = b;
    daylight = 1;
}

/* Seconds from the start of year y (UTC midnight, Jan 1) to the rule's
   moment in local time. */
static long rule_time(const struct rule *r, long y) {
    long day;
    if (r->kind == 'J') {
        day = r->a - 1;
        if (is_leap(y) && r->a >= 60) day++;
    } else if (r->kind == 'D') {
        day = r->a;
    } else {
        int m = r->a, w = r->b, d = r->c;
        long first = days_from_civil(y, m, 1);
        long wd = (first + 4) % 7;
        if (wd < 0) wd += 7;
        long mday = 1 + (d - wd + 7) % 7 + (w - 1) * 7;
        static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int len = mdays[m - 1] + (m == 2 && is_leap(y));
        while (mday > len) mday -= 7;
        day = first - days_from_civil(y, 1, 1) + mday - 1;
    }
    return day * 86400 + r->time;
}

/* Whether UTC time t is in daylight saving time. */
static int in_dst(long t) {
    if (!daylight) return 0;
    struct tm tm;
    if (!breakdown(t, -timezone, &tm)) return 0;
    long y = tm.tm_year + 1900L;
    long y0 = days_from_civil(y, 1, 1) * 86400;
    /* Transitions in UTC: the start is given in standard time, the end in daylight time. */
    long start = y0 + rule_time(&dst_start, y) + timezone;
    long end = y0 + rule_time(&dst_end, y) + dst_west;
    return start < end ? t >= start && t < end : !(t >= end && t < start);
}

struct tm *gmtime_r(const time_t *t, struct tm *out) {
    if (!breakdown(*t, 0, out)) {
        errno = EOVERFLOW;
        return 0;
    }
    out->tm_isdst = 0;
    out->tm_gmtoff = 0;
    out->tm_zone = "GMT";
    return out;
}

struct tm *localtime_r(const time_t *t, struct tm *out) {
    tzset();
    int dst = in_dst(*t);
    long west = dst ? dst_west : timezone;
    if (!breakdown(*t, -west, out)) {
        errno = EOVERFLOW;
        return 0;
    }
    out->tm_isdst = dst;
    out->tm_gmtoff = -west;
    out->tm_zone = tzname[dst];
    return out;
}

struct tm *gmtime(const time_t *t) {
    static struct tm tm;
    return gmtime_r(t, &tm);
}

struct tm *localtime(const time_t *t) {
    static struct tm tm;
    return localtime_r(t, &tm);
}

/* Seconds since the epoch of the broken-down time, taken as UTC, with
   every field normalised; 0 on overflow. */
static int to_seconds(const struct tm *tm, long *out) {
    long mon = tm->tm_mon, y = tm->tm_year + 1900L;
    y += floordiv(mon, 12);
    mon -= floordiv(mon, 12) * 12;
    if (y > 2147483647L + 1900 + 1 || y < -2147483648L + 1900 - 1) return 0;
    long days = days_from_civil(y, (int)mon + 1, 1) + (tm->tm_mday - 1L);
    *out = days * 86400 + tm->tm_hour * 3600L + tm->tm_min * 60L + tm->tm_sec;
    return 1;
}

time_t timegm(struct tm *tm) {
    long t;
    if (!to_seconds(tm, &t) || !gmtime_r(&t, tm)) {
        errno = EOVERFLOW;
        return -1;
    }
    return t;
}

time_t mktime(struct tm *tm) {
    tzset();
    long local;
    if (!to_seconds(tm, &local)) {
        errno = EOVERFLOW;
        return -1;
    }
    long t = local + timezone;
    if (daylight && (tm->tm_isdst > 0 || (tm->tm_isdst < 0 && in_dst(local + dst_west))))
        t = local + dst_west;
    if (!localtime_r(&t, tm)) {
        errno = EOVERFLOW;
        return -1;
    }
    return t;
}

/* ---- asctime, ctime ---- */

char *asctime_r(const struct tm *tm, char *buf) {
    if (tm->tm_year > INT_MAX - 1900) {
        errno = EOVERFLOW;
        return 0;
    }
    sprintf(buf, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n",
            tm->tm_wday < 0 || tm->tm_wday >= 7 ? "???" : wday_abbr[tm->tm_wday],
            tm->tm_mon < 0 || tm->tm_mon >= 12 ? "???" : mon_abbr[tm->tm_mon], tm->tm_mday,
            tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
    return buf;
}

char *asctime(const struct tm *tm) {
    static char buf[128];
    return asctime_r(tm, buf);
}

char *ctime_r(const time_t *t, char *buf) {
    struct tm tm;
    return localtime_r(t, &tm) ? asctime_r(&tm, buf) : 0;
}

char *ctime(const time_t *t) {
    struct tm *tm = localtime(t);
    return tm ? asctime(tm) : 0;
}

/* ---- strftime (glibc's, C locale, with its flags and widths) ---- */

struct out {
    char *s;
    size_t max, n;
    int full;
};

/* Appends len bytes of src padded to width (zeros if pad is '0', else
   spaces), case-mapped by `cas` (1 upper, -1 lower). */
static void put(struct out *o, const char *src, size_t len, int width, int pad, int cas) {
    size_t total = len + (width > 0 && (size_t)width > len ? (size_t)width - len : 0);
    if (o->full || total >= o->max - o->n) {
        o->full = 1;
        return;
    }
    for (size_t k = len; k < total; k++) o->s[o->n++] = pad == '0' ? '0' : ' ';
    for (size_t k = 0; k < len; k++) {
        char c = src[k];
        if (cas > 0 && c >= 'a' && c <= 'z') c -= 32;
        else if (cas < 0 && c >= 'A' && c <= 'Z') c += 32;
        o->s[o->n++] = c;
    }
}

static void number(struct out *o, long v, int digits, int width, int pad, int spacepad) {
    char buf[32];
    int i = sizeof buf, neg = v < 0;
    unsigned long u = neg ? 0 - (unsigned long)v : (unsigned long)v;
    if (width > digits) digits = width;
    if (spacepad && pad != '0' && pad != '-') pad = '_';
    do buf[--i] = (char)('0' + u % 10);
    while (u /= 10);
    if (neg) buf[--i] = '-';
    int len = (int)sizeof buf - i;
    if (pad != '-' && digits > len) {
        int padding = digits - len;
        if (pad == '_') {
            if ((size_t)padding >= o->max - o->n) o->full = 1;
            for (int k = 0; k < padding && !o->full; k++) o->s[o->n++] = ' ';
            width = width > padding ? width - padding : 0;
        } else {
            if ((size_t)digits >= o->max - o->n) o->full = 1;
            if (!o->full) {
                if (neg) {
                    o->s[o->n++] = '-';
                    i++;
                    len--;
                }
                for (int k = 0; k < padding; k++) o->s[o->n++] = '0';
            }
            width = 0;
        }
    }
    put(o, buf + i, (size_t)len, width, pad, 0);
}

static int iso_week_days(int yday, int wday) {
    int big = (366 / 7 + 2) * 7;
    return yday - (yday - wday + 4 + big) % 7 + 3;
}

static void format(struct out *o, const char *f, const struct tm *tm);

/* A conversion defined as a format of its own (%c, %D, %T...): formatted
   afresh, then padded and case-mapped as one piece. */
static void sub(struct out *o, const char *fmt, const struct tm *tm, int width, int pad, int cas) {
    char tmp[256];
    struct out inner = {tmp, sizeof tmp, 0, 0};
    format(&inner, fmt, tm);
    put(o, tmp, inner.n, width, pad, cas);
}

static void format(struct out *o, const char *f, const struct tm *tm) {
    int hour12 = tm->tm_hour > 12 ? tm->tm_hour - 12 : tm->tm_hour == 0 ? 12 : tm->tm_hour;
    for (; *f && !o->full; f++) {
        if (*f != '%') {
            put(o, f, 1, -1, 0, 0);
            continue;
        }
        const char *start = f;
        int pad = 0, upper = 0, swap = 0, width = -1, mod = 0;
        for (;;) {
            char c = *++f;
            if (c == '_' || c == '-' || c == '0') pad = c;
            else if (c == '^') upper = 1;
            else if (c == '#') swap = 1;
            else break;
        }
        if (*f >= '0' && *f <= '9') {
            width = 0;
            while (*f >= '0' && *f <= '9') {
                width = width > INT_MAX / 10 ? INT_MAX : width * 10 + (*f - '0');
                f++;
            }
        }
        if (*f == 'E' || *f == 'O') mod = *f++;
        int cas = upper ? 1 : 0;
        const char *s;
        int year = 0, days = 0;
        switch (*f) {
        case '%':
            put(o, f, 1, width, pad, 0);
            break;
        case 'a':
            if (mod) goto bad;
            s = tm->tm_wday < 0 || tm->tm_wday > 6 ? "?" : wday_abbr[tm->tm_wday];
            put(o, s, strlen(s), width, pad, swap ? 1 : cas);
            break;
        case 'A':
            if (mod) goto bad;
            s = tm->tm_wday < 0 || tm->tm_wday > 6 ? "?" : wday_name[tm->tm_wday];
            put(o, s, strlen(s), width, pad, swap ? 1 : cas);
            break;
        case 'b':
        case 'h':
            if (mod == 'E') goto bad;
            s = tm->tm_mon < 0 || tm->tm_mon > 11 ? "?" : mon_abbr[tm->tm_mon];
            put(o, s, strlen(s), width, pad, swap ? 1 : cas);
            break;
        case 'B':
            if (mod == 'E') goto bad;
            s = tm->tm_mon < 0 || tm->tm_mon > 11 ? "?" : mon_name[tm->tm_mon];
            put(o, s, strlen(s), width, pad, swap ? 1 : cas);
            break;
        case 'c':
            if (mod == 'O') goto bad;
            sub(o, "%a %b %e %H:%M:%S %Y", tm, width, pad, cas);
            break;
        case 'C':
            year = tm->tm_year + 1900;
            number(o, year / 100 - (year % 100 < 0), 1, width, pad, 0);
            break;
        case 'x':
            if (mod == 'O') goto bad;
            sub(o, "%m/%d/%y", tm, width, pad, cas);
            break;
        case 'D':
            if (mod) goto bad;
            sub(o, "%m/%d/%y", tm, width, pad, cas);
            break;
        case 'd':
            if (mod == 'E') goto bad;
            number(o, tm->tm_mday, 2, width, pad, 0);
            break;
        case 'e':
            if (mod == 'E') goto bad;
            number(o, tm->tm_mday, 2, width, pad, 1);
            break;
        case 'F':
            if (mod) goto bad;
            sub(o, "%Y-%m-%d", tm, width, pad, cas);
            break;
        case 'H':
            if (mod == 'E') goto bad;
            number(o, tm->tm_hour, 2, width, pad, 0);
            break;
        case 'I':
            if (mod == 'E') goto bad;
            number(o, hour12, 2, width, pad, 0);
            break;
        case 'k':
            if (mod == 'E') goto bad;
            number(o, tm->tm_hour, 2, width, pad, 1);
            break;
        case 'l':
            if (mod == 'E') goto bad;
            number(o, hour12, 2, width, pad, 1);
            break;
        case 'j':
            if (mod == 'E') goto bad;
            number(o, 1L + tm->tm_yday, 3, width, pad, 0);
            break;
        case 'M':
            if (mod == 'E') goto bad;
            number(o, tm->tm_min, 2, width, pad, 0);
            break;
        case 'm':
            if (mod == 'E') goto bad;
            number(o, tm->tm_mon + 1L, 2, width, pad, 0);
            break;
        case 'n':
            put(o, "\n", 1, width, pad, 0);
            break;
        case 't':
            put(o, "\t", 1, width, pad, 0);
            break;
        case 'P':
            put(o, tm->tm_hour > 11 ? "PM" : "AM", 2, width, pad, -1);
            break;
        case 'p':
            put(o, tm->tm_hour > 11 ? "PM" : "AM", 2, width, pad, swap ? -1 : cas);
            break;
        case 'R':
            sub(o, "%H:%M", tm, width, pad, cas);
            break;
        case 'r':
            sub(o, "%I:%M:%S %p", tm, width, pad, cas);
            break;
        case 'S':
            if (mod == 'E') goto bad;
            number(o, tm->tm_sec, 2, width, pad, 0);
            break;
        case 's': {
            struct tm copy = *tm;
            number(o, mktime(&copy), 1, width, pad, 0);
            break;
        }
        case 'X':
            if (mod == 'O') goto bad;
            sub(o, "%H:%M:%S", tm, width, pad, cas);
            break;
        case 'T':
            sub(o, "%H:%M:%S", tm, width, pad, cas);
            break;
        case 'u':
            number(o, (tm->tm_wday - 1 + 7) % 7 + 1, 1, width, pad, 0);
            break;
        case 'U':
            if (mod == 'E') goto bad;
            number(o, (tm->tm_yday - tm->tm_wday + 7) / 7, 2, width, pad, 0);
            break;
        case 'V':
        case 'g':
        case 'G':
            if (mod == 'E') goto bad;
            year = tm->tm_year + 1900;
            days = iso_week_days(tm->tm_yday, tm->tm_wday);
            if (days < 0) {
                year--;
                days = iso_week_days(tm->tm_yday + (365 + is_leap(year)), tm->tm_wday);
            } else {
                int d = iso_week_days(tm->tm_yday - (365 + is_leap(year)), tm->tm_wday);
                if (d >= 0) {
                    year++;
                    days = d;
                }
            }
            if (*f == 'g') number(o, (year % 100 + 100) % 100, 2, width, pad, 0);
            else if (*f == 'G') number(o, year, 1, width, pad, 0);
            else number(o, days / 7 + 1, 2, width, pad, 0);
            break;
        case 'W':
            if (mod == 'E') goto bad;
            number(o, (tm->tm_yday - (tm->tm_wday - 1 + 7) % 7 + 7) / 7, 2, width, pad, 0);
            break;
        case 'w':
            if (mod == 'E') goto bad;
            number(o, tm->tm_wday, 1, width, pad, 0);
            break;
        case 'Y':
            if (mod == 'O') goto bad;
            number(o, tm->tm_year + 1900L, 1, width, pad, 0);
            break;
        case 'y':
            number(o, (tm->tm_year % 100 + 100) % 100, 2, width, pad, 0);
            break;
        case 'Z':
            s = tm->tm_zone;
            if (!(s && *s) && tm->tm_isdst >= 0) {
                tzset();
                s = tm->tm_isdst <= 1 ? tzname[tm->tm_isdst] : "?";
            }
            if (!s) s = "";
            put(o, s, strlen(s), width, pad, swap ? -1 : cas);
            break;
        case 'z': {
            if (tm->tm_isdst < 0) break;
            long diff = tm->tm_gmtoff;
            put(o, diff < 0 ? "-" : "+", 1, width, pad, 0);
            if (diff < 0) diff = -diff;
            diff /= 60;
            number(o, (diff / 60) * 100 + diff % 60, 4, width, pad, 0);
            break;
        }
        case 0:
            f--;
            /* fall through */
        default:
        bad:
            put(o, start, (size_t)(f - start + 1), width, pad, cas);
            break;
        }
    }
}

size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm) {
    struct out o = {s, max, 0, 0};
    if (!max) return 0;
    format(&o, fmt, tm);
    if (o.full) {
        s[max - 1 < o.n ? max - 1 : o.n] = 0;
        return 0;
    }
    s[o.n] = 0;
    return o.n;
}

size_t strftime_l(char *s, size_t max, const char *fmt, const struct tm *tm, locale_t loc) {
    (void)loc;
    return strftime(s, max, fmt, tm);
}

int gettimeofday(struct timeval *tv, void *tz) {
    (void)tz;
    struct timespec ts;
    if (clock_gettime(CLOCK_REALTIME, &ts) != 0) return -1;
    if (tv) {
        tv->tv_sec = ts.tv_sec;
        tv->tv_usec = ts.tv_nsec / 1000;
    }
    return 0;
}

clock_t times(struct tms *buf) {
    if (buf) {
        buf->tms_utime = clock() / (CLOCKS_PER_SEC / 100);
        buf->tms_stime = buf->tms_cutime = buf->tms_cstime = 0;
    }
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) return (clock_t)-1;
    return (clock_t)(ts.tv_sec * 100 + ts.tv_nsec / 10000000);
}

/* The processor time the program used (clock()'s), all of it user time. */
int getrusage(int who, struct rusage *u) {
    if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD) {
        errno = EINVAL;
        return -1;
    }
    memset(u, 0, sizeof *u);
    if (who != RUSAGE_CHILDREN) {
        clock_t c = clock();
        u->ru_utime.tv_sec = c / CLOCKS_PER_SEC;
        u->ru_utime.tv_usec = (c % CLOCKS_PER_SEC) * (1000000 / CLOCKS_PER_SEC);
    }
    return 0;
}

/* ---- strptime, as glibc's in the C locale (time/strptime_l.c) ---- */

struct pstate {
    int have_I, is_pm, century, want_century, want_xday;
    int have_wday, have_yday, have_mon, have_mday, have_uweek, have_wweek, week_no;
    /* glibc's "decided: locale": set by the first %O number (the C locale
       has no alternative digits, so glibc falls back to plain digits once
       and from then on fails every %O number). */
    int decided_loc;
};

/* Days before each month, a common year's row then a leap year's. glibc
   indexes its table with months out of range (a %j of 366 in a common
   year gives month 24, read from the leap row): the same walk, kept
   inside the table. */
static const unsigned short mon_yday[26] = {
    0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365,
    0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366,
};

static int p_yday_of(int leap, int mon) { return mon_yday[leap * 13 + mon]; }

static int p_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Up to `n` digits after optional white space, stopping early once another
   digit would pass `to` (so "%d%m" reads "412" as 4, 12), within [from, to]. */
static const char *p_number(const char *rp, int from, int to, int n, int *val) {
    int v = 0;
    while (p_space(*rp)) rp++;
    if (*rp < '0' || *rp > '9') return NULL;
    do {
        v = v * 10 + (*rp++ - '0');
    } while (--n > 0 && v * 10 <= to && *rp >= '0' && *rp <= '9');
    if (v < from || v > to) return NULL;
    *val = v;
    return rp;
}

/* Full names are tried before abbreviations, case-insensitively. */
static const char *p_name(const char *rp, const char *const *full, const char *const *abbr, int n,
                          int *which) {
    for (int i = 0; i < n; i++) {
        size_t len = strlen(full[i]);
        if (strncasecmp(rp, full[i], len) == 0) {
            *which = i;
            return rp + len;
        }
        len = strlen(abbr[i]);
        if (strncasecmp(rp, abbr[i], len) == 0) {
            *which = i;
            return rp + len;
        }
    }
    return NULL;
}

/* A day name, the longest that matches, as glibc finds it, including a
   quirk of its loop: once an abbreviation matches, the names of the days
   after it are tried 3 bytes further on ("MonFri" reads as Friday), except
   once a %O number has decided for the locale. */
static const char *p_wday(const char *rp, int *which, int decided_loc) {
    const char *longest = NULL;
    for (int i = 0; i < 7; i++) {
        size_t full = strlen(wday_name[i]);
        if (strncasecmp(rp, wday_name[i], full) == 0 && (!longest || rp + full > longest)) {
            longest = rp + full;
            *which = i;
        }
        if (strncasecmp(rp, wday_abbr[i], 3) == 0) {
            if (!longest || rp + 3 > longest) {
                longest = rp + 3;
                *which = i;
            }
            if (!decided_loc) rp += 3;
        }
    }
    return longest;
}

static void p_day_of_week(struct tm *tm) {
    int corr_year = 1900 + tm->tm_year - (tm->tm_mon < 2);
    int wday = (-473 + (365 * (tm->tm_year - 70)) + (corr_year / 4) - ((corr_year / 4) / 25) +
                ((corr_year / 4) % 25 < 0) + (((corr_year / 4) / 25) / 4) + mon_yday[tm->tm_mon] +
                tm->tm_mday - 1);
    tm->tm_wday = ((wday % 7) + 7) % 7;
}

static void p_day_of_year(struct tm *tm) {
    tm->tm_yday = p_yday_of(is_leap(1900L + tm->tm_year), tm->tm_mon) + (tm->tm_mday - 1);
}

static const char *p_fmt(const char *rp, const char *fmt, struct tm *tm, struct pstate *s) {
    int val;
    while (*fmt) {
        if (p_space(*fmt)) {
            while (p_space(*rp)) rp++;
            fmt++;
            continue;
        }
        if (*fmt != '%') {
            if (*fmt++ != *rp++) return NULL;
            continue;
        }
        fmt++;
        /* strftime's flags and widths are accepted and ignored. */
        while (*fmt == '-' || *fmt == '_' || *fmt == '0' || *fmt == '^' || *fmt == '#') fmt++;
        while (*fmt >= '0' && *fmt <= '9') fmt++;
        /* The C locale has no alternative era or digits: %E and %O are the
           plain forms, for the conversions glibc allows them on. */
        if (*fmt == 'E' || *fmt == 'O') {
            const char *ok = *fmt == 'E' ? "cCxXyY" : "bBhdeHImMSUWVwy";
            /* %Ey wants an era, and the C locale has none: glibc fails it. */
            if (fmt[0] == 'E' && fmt[1] == 'y') return NULL;
            if (fmt[0] == 'O' && !strchr("bBh", fmt[1])) {
                if (s->decided_loc) return NULL;
                s->decided_loc = 1;
            }
            /* %Oy reads a year in the century but, unlike %y, leaves a %C
               alone to stand for the whole year, as glibc does. */
            if (fmt[0] == 'O' && fmt[1] == 'y') {
                fmt += 2;
                if (!(rp = p_number(rp, 0, 99, 2, &val))) return NULL;
                tm->tm_year = val >= 69 ? val : val + 100;
                s->want_xday = 1;
                continue;
            }
            fmt++;
            if (!*fmt || !strchr(ok, *fmt)) return NULL;
        }
        switch (*fmt++) {
        case '%':
            if (*rp++ != '%') return NULL;
            break;
        case 'a': case 'A':
            if (!(rp = p_wday(rp, &val, s->decided_loc))) return NULL;
            tm->tm_wday = val;
            s->have_wday = 1;
            break;
        case 'b': case 'B': case 'h':
            if (!(rp = p_name(rp, mon_name, mon_abbr, 12, &val))) return NULL;
            tm->tm_mon = val;
            s->have_mon = 1;
            s->want_xday = 1;
            break;
        case 'c':
            if (!(rp = p_fmt(rp, "%a %b %e %H:%M:%S %Y", tm, s))) return NULL;
            s->want_xday = 1;
            break;
        case 'C':
            if (!(rp = p_number(rp, 0, 99, 2, &val))) return NULL;
            s->century = val;
            s->want_xday = 1;
            break;
        case 'd': case 'e':
            if (!(rp = p_number(rp, 1, 31, 2, &val))) return NULL;
            tm->tm_mday = val;
            s->have_mday = 1;
            s->want_xday = 1;
            break;
        case 'F':
            if (!(rp = p_fmt(rp, "%Y-%m-%d", tm, s))) return NULL;
            s->want_xday = 1;
            break;
        case 'x':
        case 'D':
            if (!(rp = p_fmt(rp, "%m/%d/%y", tm, s))) return NULL;
            s->want_xday = 1;
            break;
        case 'k': case 'H':
            if (!(rp = p_number(rp, 0, 23, 2, &val))) return NULL;
            tm->tm_hour = val;
            s->have_I = 0;
            break;
        case 'l': case 'I':
            if (!(rp = p_number(rp, 1, 12, 2, &val))) return NULL;
            tm->tm_hour = val % 12;
            s->have_I = 1;
            break;
        case 'j':
            if (!(rp = p_number(rp, 1, 366, 3, &val))) return NULL;
            tm->tm_yday = val - 1;
            s->have_yday = 1;
            break;
        case 'm':
            if (!(rp = p_number(rp, 1, 12, 2, &val))) return NULL;
            tm->tm_mon = val - 1;
            s->have_mon = 1;
            s->want_xday = 1;
            break;
        case 'M':
            if (!(rp = p_number(rp, 0, 59, 2, &val))) return NULL;
            tm->tm_min = val;
            break;
        case 'n': case 't':
            while (p_space(*rp)) rp++;
            break;
        case 'p':
            if (strncasecmp(rp, "AM", 2) == 0) s->is_pm = 0;
            else if (strncasecmp(rp, "PM", 2) == 0) s->is_pm = 1;
            else return NULL;
            rp += 2;
            break;
        case 'r':
            if (!(rp = p_fmt(rp, "%I:%M:%S %p", tm, s))) return NULL;
            break;
        case 'R':
            if (!(rp = p_fmt(rp, "%H:%M", tm, s))) return NULL;
            break;
        case 's': {
            /* Seconds since the epoch (digits only), in local time. */
            time_t secs = 0;
            if (*rp < '0' || *rp > '9') return NULL;
            do {
                if (secs > (LONG_MAX - 9) / 10) return NULL;
                secs = secs * 10 + (*rp++ - '0');
            } while (*rp >= '0' && *rp <= '9');
            if (!localtime_r(&secs, tm)) return NULL;
            break;
        }
        case 'S':
            if (!(rp = p_number(rp, 0, 61, 2, &val))) return NULL;
            tm->tm_sec = val;
            break;
        case 'X':
        case 'T':
            if (!(rp = p_fmt(rp, "%H:%M:%S", tm, s))) return NULL;
            break;
        case 'u':
            if (!(rp = p_number(rp, 1, 7, 1, &val))) return NULL;
            tm->tm_wday = val % 7;
            s->have_wday = 1;
            break;
        case 'g':
            if (!(rp = p_number(rp, 0, 99, 2, &val))) return NULL;
            break; /* an ISO week-based year says nothing without its week */
        case 'G':
            if (*rp < '0' || *rp > '9') return NULL;
            do rp++;
            while (*rp >= '0' && *rp <= '9');
            break;
        case 'U':
            if (!(rp = p_number(rp, 0, 53, 2, &val))) return NULL;
            s->week_no = val;
            s->have_uweek = 1;
            break;
        case 'W':
            if (!(rp = p_number(rp, 0, 53, 2, &val))) return NULL;
            s->week_no = val;
            s->have_wweek = 1;
            break;
        case 'V':
            if (!(rp = p_number(rp, 0, 53, 2, &val))) return NULL;
            break;
        case 'w':
            if (!(rp = p_number(rp, 0, 6, 1, &val))) return NULL;
            tm->tm_wday = val;
            s->have_wday = 1;
            break;
        case 'y':
            if (!(rp = p_number(rp, 0, 99, 2, &val))) return NULL;
            /* 69-99 are the 1900s, 00-68 the 2000s (POSIX). */
            tm->tm_year = val >= 69 ? val : val + 100;
            s->want_century = 1;
            s->want_xday = 1;
            break;
        case 'Y':
            if (!(rp = p_number(rp, 0, 9999, 4, &val))) return NULL;
            tm->tm_year = val - 1900;
            s->want_century = 0;
            s->want_xday = 1;
            break;
        case 'Z':
            /* A zone name is read and not interpreted, as glibc does. */
            while (p_space(*rp)) rp++;
            while (*rp && !p_space(*rp)) rp++;
            break;
        case 'z': {
            /* Z, +hh, +hhmm or +hh:mm. */
            int n = 0, neg;
            val = 0;
            while (p_space(*rp)) rp++;
            if (*rp == 'Z') {
                rp++;
                tm->tm_gmtoff = 0;
                break;
            }
            if (*rp != '+' && *rp != '-') return NULL;
            neg = *rp++ == '-';
            while (n < 4 && *rp >= '0' && *rp <= '9') {
                val = val * 10 + (*rp++ - '0');
                n++;
                if (*rp == ':' && n == 2 && rp[1] >= '0' && rp[1] <= '9') rp++;
            }
            if (n == 2) val *= 100;
            else if (n != 4 || val % 100 >= 60) return NULL;
            tm->tm_gmtoff = (val / 100) * 3600L + (val % 100) * 60L;
            if (neg) tm->tm_gmtoff = -tm->tm_gmtoff;
            break;
        }
        default:
            return NULL;
        }
    }
    return rp;
}

/* A day of the year outside the year gives a month of -1 or 12 and a day
   counted from its edge, as glibc's table walk does (without reading
   outside the table). */
static void p_month_of_yday(struct tm *tm, const struct pstate *s) {
    int leap = is_leap(1900L + tm->tm_year), t_mon = 0;
    while (leap * 13 + t_mon < 26 && p_yday_of(leap, t_mon) <= tm->tm_yday) t_mon++;
    if (!s->have_mon) tm->tm_mon = t_mon - 1;
    if (!s->have_mday) tm->tm_mday = tm->tm_yday - (t_mon ? p_yday_of(leap, t_mon - 1) : 365) + 1;
}

char *strptime(const char *buf, const char *fmt, struct tm *tm) {
    struct pstate s = {0};
    s.century = -1;
    const char *rp = p_fmt(buf, fmt, tm, &s);
    if (!rp) return NULL;
    if (s.have_I && s.is_pm) tm->tm_hour += 12;
    if (s.century != -1) {
        if (s.want_century) tm->tm_year = tm->tm_year % 100 + (s.century - 19) * 100;
        else tm->tm_year = (s.century - 19) * 100;
    }
    /* What the fields read imply for the others, as glibc works it out. */
    if (s.want_xday && !s.have_wday) {
        if (!(s.have_mon && s.have_mday) && s.have_yday) {
            p_month_of_yday(tm, &s);
            s.have_mon = s.have_mday = 1;
        }
        if (tm->tm_year >= -1900 && tm->tm_mon >= 0 && tm->tm_mon < 26) p_day_of_week(tm);
    }
    if (s.want_xday && !s.have_yday && tm->tm_mon >= 0 &&
        is_leap(1900L + tm->tm_year) * 13 + tm->tm_mon < 26)
        p_day_of_year(tm);
    if ((s.have_uweek || s.have_wweek) && s.have_wday) {
        int save_wday = tm->tm_wday, save_mday = tm->tm_mday, save_mon = tm->tm_mon;
        int w_offset = s.have_uweek ? 0 : 1;
        tm->tm_mday = 1;
        tm->tm_mon = 0;
        p_day_of_week(tm);
        if (s.have_mday) tm->tm_mday = save_mday;
        if (s.have_mon) tm->tm_mon = save_mon;
        if (!s.have_yday)
            tm->tm_yday = ((7 - (tm->tm_wday - w_offset)) % 7 + (s.week_no - 1) * 7 +
                           (save_wday - w_offset + 7) % 7);
        if (!s.have_mday || !s.have_mon) p_month_of_yday(tm, &s);
        tm->tm_wday = save_wday;
    }
    return (char *)rp;
}
