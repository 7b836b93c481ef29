/* <time.h> for voxcc. The clock is the host's (voxvm --clock=fixed:SECONDS
   freezes it). Local time is UTC unless the program's environment (granted
   by the host: voxvm --env TZ=...) has a POSIX TZ such as "CET-1CEST,M3.5.0,M10.5.0/3"
   or "<+0530>-5:30"; zone names needing the time zone database (TZ=Europe/Paris)
   are UTC. clock() is the CPU time of the VM's thread. */
#ifndef __VOXCC_TIME_H
#define __VOXCC_TIME_H
#include <stddef.h>
#ifndef __VOX_TIME_T
#define __VOX_TIME_T
typedef long time_t;
typedef long clock_t;
#endif
typedef int clockid_t;
#define CLOCKS_PER_SEC 1000000L
#define TIME_UTC 1
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3

struct tm {
    int tm_sec;
    int tm_min;
    int tm_hour;
    int tm_mday;
    int tm_mon;
    int tm_year;
    int tm_wday;
    int tm_yday;
    int tm_isdst;
    long tm_gmtoff;
    const char *tm_zone;
};
#ifndef __VOX_TIMESPEC
#define __VOX_TIMESPEC
struct timespec {
    time_t tv_sec;
    long tv_nsec;
};
#endif

clock_t clock(void);
time_t time(time_t *t);
double difftime(time_t end, time_t start);
time_t mktime(struct tm *tm);
size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm);
char *strptime(const char *s, const char *fmt, struct tm *tm);
struct tm *gmtime(const time_t *t);
struct tm *localtime(const time_t *t);
char *asctime(const struct tm *tm);
char *ctime(const time_t *t);
int timespec_get(struct timespec *ts, int base);

/* POSIX and common extensions. */
struct tm *gmtime_r(const time_t *t, struct tm *out);
struct tm *localtime_r(const time_t *t, struct tm *out);
char *asctime_r(const struct tm *tm, char *buf);
char *ctime_r(const time_t *t, char *buf);
time_t timegm(struct tm *tm);
int clock_gettime(clockid_t id, struct timespec *ts);
/* Returns at once (sleeping takes no time in the sandbox; see sleep). */
int nanosleep(const struct timespec *req, struct timespec *rem);
void tzset(void);
extern char *tzname[2];
extern long timezone;
extern int daylight;
/* POSIX 2008: strftime in a given locale (the C locale, the only one). */
#ifndef __VOX_LOCALE_T
#define __VOX_LOCALE_T
typedef struct __locale_struct *locale_t;
#endif
size_t strftime_l(char *restrict s, size_t max, const char *restrict fmt,
                  const struct tm *restrict tm, locale_t loc);
#endif
