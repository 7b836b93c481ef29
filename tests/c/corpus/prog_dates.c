/* program: calendar arithmetic by hand: leap years, day of week, days between dates, adding days, month calendars */
#include <stdio.h>

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int mdays(int y, int m) { static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}; return m == 2 && leap(y) ? 29 : d[m - 1]; }

/* days since 0001-01-01 (proleptic Gregorian), day 0 = Monday */
static long ordinal(int y, int m, int d) {
    long yy = y - 1;
    long days = yy * 365 + yy / 4 - yy / 100 + yy / 400;
    for (int i = 1; i < m; i++) days += mdays(y, i);
    return days + d - 1;
}
static void from_ordinal(long n, int *y, int *m, int *d) {
    int yy = (int)(n / 366) + 1;
    while (ordinal(yy + 1, 1, 1) <= n) yy++;
    long rem = n - ordinal(yy, 1, 1);
    int mm = 1;
    while (rem >= mdays(yy, mm)) { rem -= mdays(yy, mm); mm++; }
    *y = yy; *m = mm; *d = (int)rem + 1;
}
static const char *dow(long ord) { static const char *n[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}; return n[ord % 7]; }

static void calendar(int y, int m) {
    static const char *names[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
    printf("   %s %d\nMo Tu We Th Fr Sa Su\n", names[m - 1], y);
    int start = (int)(ordinal(y, m, 1) % 7);
    for (int i = 0; i < start; i++) printf("   ");
    for (int d = 1; d <= mdays(y, m); d++) printf("%2d%c", d, (start + d) % 7 == 0 ? '\n' : ' ');
    if ((start + mdays(y, m)) % 7) printf("\n");
}

int main(void) {
    int years[] = {1900, 2000, 2023, 2024, 2100, 2400, 1600, 1};
    for (int i = 0; i < 8; i++) printf("%d leap=%d\n", years[i], leap(years[i]));
    int dates[][3] = {{1970, 1, 1}, {2000, 1, 1}, {2000, 2, 29}, {1969, 7, 20}, {2024, 12, 25}, {1, 1, 1}, {9999, 12, 31}};
    for (int i = 0; i < 7; i++) {
        long o = ordinal(dates[i][0], dates[i][1], dates[i][2]);
        printf("%04d-%02d-%02d ordinal=%ld %s\n", dates[i][0], dates[i][1], dates[i][2], o, dow(o));
    }
    printf("days 1970-01-01 .. 2000-01-01: %ld\n", ordinal(2000, 1, 1) - ordinal(1970, 1, 1));
    printf("days 1969-07-20 .. 2024-12-25: %ld\n", ordinal(2024, 12, 25) - ordinal(1969, 7, 20));
    int adds[] = {0, 1, 30, 59, 365, 1000, 10000, -1, -365};
    for (int i = 0; i < 9; i++) {
        int y, m, d;
        from_ordinal(ordinal(2024, 2, 28) + adds[i], &y, &m, &d);
        printf("2024-02-28 %+6d days = %04d-%02d-%02d\n", adds[i], y, m, d);
    }
    int bad = 0;
    for (long o = ordinal(1999, 1, 1); o < ordinal(2001, 1, 1); o++) {
        int y, m, d;
        from_ordinal(o, &y, &m, &d);
        if (ordinal(y, m, d) != o) bad++;
    }
    printf("round trip errors: %d\n", bad);
    int fri13 = 0;
    for (int y = 2000; y <= 2030; y++) for (int m = 1; m <= 12; m++) if (ordinal(y, m, 13) % 7 == 4) fri13++;
    printf("Friday 13ths 2000-2030: %d\n", fri13);
    calendar(2024, 2);
    calendar(2000, 1);
    return 0;
}
