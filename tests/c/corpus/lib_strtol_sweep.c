/* stdlib.h: sprintf numbers in bases 8/10/16 and parse them back with strtol/strtoul/strtoll/atoi; custom base-36 printing */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

static void to_base(unsigned long long v, int base, char *out) {
    char tmp[80];
    int n = 0;
    do { int d = (int)(v % (unsigned)base); tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10); v /= (unsigned)base; } while (v);
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    out[n] = 0;
}

int main(void) {
    uint64_t x = 0x9E3779B97F4A7C15ull;
    int errors = 0, count = 0;
    for (int i = 0; i < 2000; i++) {
        x ^= x << 7; x ^= x >> 9;
        long long v = (long long)(x >> (i % 60));
        if (i % 2) v = -v;
        char buf[80], *end;
        sprintf(buf, "%lld", v);
        if (strtoll(buf, &end, 10) != v || *end) errors++;
        if (strtoll(buf, NULL, 0) != v) errors++;
        unsigned long long u = (unsigned long long)v;
        sprintf(buf, "%#llx", u);
        if (strtoull(buf, &end, 16) != u || *end) errors++;
        if (strtoull(buf, NULL, 0) != u) errors++;
        sprintf(buf, "%llo", u);
        if (strtoull(buf, NULL, 8) != u) errors++;
        sprintf(buf, "0%llo", u);
        if (strtoull(buf, NULL, 0) != u) errors++;
        for (int base = 2; base <= 36; base += 17) {
            to_base(u, base, buf);
            if (strtoull(buf, NULL, base) != u) errors++;
        }
        int small = (int)(v % 100000);
        sprintf(buf, "  %d!", small);
        if (atoi(buf) != small) errors++;
        count++;
    }
    printf("parsed %d values, errors %d\n", count, errors);
    char buf[80];
    for (int base = 2; base <= 36; base += 2) {
        to_base(18446744073709551615ull, base, buf);
        printf("ULLONG_MAX base %2d: %s -> %llu\n", base, buf, strtoull(buf, NULL, base));
    }
    return 0;
}
