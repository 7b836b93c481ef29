/* const globals and tables: read-only lookup tables, const structs, const pointers to const strings */
#include <stdio.h>

const int primes[] = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29 };
const unsigned nprimes = sizeof primes / sizeof primes[0];
const double pi = 3.14159265358979323846;
const char *const weekdays[7] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
static const struct { char sym; int value; } roman[] = {
    { 'M', 1000 }, { 'D', 500 }, { 'C', 100 }, { 'L', 50 }, { 'X', 10 }, { 'V', 5 }, { 'I', 1 },
};
static const unsigned short crc_poly = 0x1021;
const long long big_const = -9000000000000000000LL;

static int roman_value(const char *s) {
    int total = 0, prev = 0, i;
    for (; *s; s++) {
        int v = 0;
        for (i = 0; i < 7; i++) if (roman[i].sym == *s) v = roman[i].value;
        total += v;
        if (v > prev) total -= 2 * prev;
        prev = v;
    }
    return total;
}

static unsigned short crc16(const char *s) {
    unsigned short crc = 0xffff;
    int i;
    while (*s) {
        crc ^= (unsigned short)((unsigned char)*s++ << 8);
        for (i = 0; i < 8; i++) crc = (crc & 0x8000) ? (unsigned short)((crc << 1) ^ crc_poly) : (unsigned short)(crc << 1);
    }
    return crc;
}

int main(void) {
    unsigned i;
    int sum = 0;
    for (i = 0; i < nprimes; i++) sum += primes[i];
    printf("sum of %u primes = %d\n", nprimes, sum);
    printf("pi = %.15f, area r=2 = %.6f\n", pi, pi * 4);
    for (i = 0; i < 7; i += 2) printf("%s ", weekdays[i]);
    printf("\n");
    const char *rs[] = { "XIV", "MCMXCIV", "MMXXIV", "IX", "LVIII" };
    for (i = 0; i < 5; i++) printf("%s = %d\n", rs[i], roman_value(rs[i]));
    printf("crc16(\"123456789\") = %04x\n", crc16("123456789"));
    printf("big_const = %lld\n", big_const);
    return 0;
}
