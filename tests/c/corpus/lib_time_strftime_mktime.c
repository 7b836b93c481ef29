/* <time.h> on fixed values (no clock reading): gmtime of many instants,
   mktime normalising out-of-range fields, every strftime conversion
   (C99's, the E and O modifiers, glibc's extensions, flags and widths),
   asctime, difftime. Local time is UTC here, as for gcc's run. */
#include <stdio.h>
#include <string.h>
#include <time.h>

static void show(const struct tm *tm) {
    printf("%04d-%02d-%02d %02d:%02d:%02d wday %d yday %3d isdst %d\n", tm->tm_year + 1900,
           tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday,
           tm->tm_yday, tm->tm_isdst);
}

int main(void) {
    time_t instants[] = {0, 1, -1, 86399, 951782400, 951868800, 1234567890, 2147483647,
                         2147483648L, -2147483648L, 4102444800L, -62135596800L, 253402300799L,
                         -11644473600L, 1700000000, 68169600, 1078012800};
    for (unsigned i = 0; i < sizeof instants / sizeof instants[0]; i++) {
        struct tm g;
        printf("%14ld: ", (long)instants[i]);
        show(gmtime_r(&instants[i], &g));
    }

    struct tm t;
    memset(&t, 0, sizeof t);
    t.tm_year = 123;
    t.tm_mon = 13;   /* February next year */
    t.tm_mday = 31;  /* past its end */
    t.tm_hour = 25;
    t.tm_min = -5;
    t.tm_sec = 3661;
    t.tm_isdst = 0;
    time_t m = mktime(&t);
    printf("mktime normalised: %ld ", (long)m);
    show(&t);
    memset(&t, 0, sizeof t);
    t.tm_year = 70;
    t.tm_mday = 1;
    t.tm_isdst = -1;
    printf("mktime of the epoch: %ld\n", (long)mktime(&t));
    t.tm_mday = 0;
    t.tm_mon = 0;
    t.tm_year = 100;
    printf("day 0 is the last of the previous month: %ld ", (long)mktime(&t));
    show(&t);
    t.tm_mday = -365;
    printf("negative day: %ld ", (long)mktime(&t));
    show(&t);

    static const char *formats[] = {
        "%a %A %b %B %h", "%c", "%C %y %Y %G %g", "%d %e %j", "%D %F %T %R %r", "%H %I %k %l %M %S",
        "%m %n %t %%", "%p %P", "%u %w %U %W %V", "%x %X", "%z %Z", "%s",
        "%Ec %EC %Ex %EX %Ey %EY", "%Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy",
        "%10A|%-10A|%^a|%#A|%#b|%^B|%#p|%^p|%#Z", "%5d|%-d|%_d|%05d|%_5H|%-5H|%010Y|%_10Y|%3j",
        "%-e|%0e|%_e|%10e|%-k|%0k|%-l", "%Q %Ea %Oa %5Q %^q %", "%E%|%O%|%5%|%^c",
        "%20c|%-20c|%^20x|%3D", "%-y %_y %4y %-C %_C %4C %-G %6G", "literal only",
    };
    int years[] = {2000, 1999, 1900, 2024, 1, 0, -1, -100, 10000, 99, 2021};
    int days[][3] = {{1, 1, 0}, {12, 31, 23}, {2, 29, 12}, {1, 3, 1}, {6, 15, 11}, {12, 28, 0}};
    char out[512];
    for (unsigned y = 0; y < sizeof years / sizeof years[0]; y++) {
        for (unsigned d = 0; d < sizeof days / sizeof days[0]; d++) {
            memset(&t, 0, sizeof t);
            t.tm_year = years[y] - 1900;
            t.tm_mon = days[d][0] - 1;
            t.tm_mday = days[d][1];
            t.tm_hour = days[d][2];
            t.tm_min = 7;
            t.tm_sec = 5;
            t.tm_isdst = 0;
            time_t tt = timegm(&t);
            (void)tt;
            printf("== %d-%02d-%02d\n", years[y], days[d][0], days[d][1]);
            for (unsigned f = 0; f < sizeof formats / sizeof formats[0]; f++) {
                size_t n = strftime(out, sizeof out, formats[f], &t);
                printf("  [%s] -> %zu [%s]\n", formats[f], n, out);
            }
        }
    }
    memset(&t, 0, sizeof t);
    t.tm_wday = 9;
    t.tm_mon = -1;
    t.tm_isdst = -1;
    strftime(out, sizeof out, "%a|%A|%b|%B|%z|%Z|%p", &t);
    printf("out of range fields: [%s]\n", out);
    t.tm_mon = 0;
    t.tm_wday = 0;
    printf("too small a buffer: %zu\n", strftime(out, 5, "%A", &t));
    printf("exact fit: %zu [%s]\n", strftime(out, 7, "%A", &t), out);
    printf("empty: %zu\n", strftime(out, sizeof out, "", &t));

    time_t when = 1234567890;
    printf("asctime: %s", asctime(gmtime(&when)));
    printf("ctime:   %s", ctime(&when));
    memset(&t, 0, sizeof t);
    t.tm_wday = 7;
    t.tm_mon = 12;
    t.tm_mday = 5;
    t.tm_year = 11000 - 1900;
    printf("asctime out of range: %s", asctime(&t));
    printf("difftime %g %g\n", difftime(100, 40), difftime(0, 1700000000));
    struct tm *lt = localtime(&when);
    strftime(out, sizeof out, "%Y-%m-%d %H:%M:%S %z %Z", lt);
    printf("localtime: %s isdst %d\n", out, lt->tm_isdst);
    return 0;
}
