/* loads through a pointer that is then stepped (*p++, *p--, *p += k) and
   narrow loads widened by a cast ((unsigned char)*s): voxcc reads through the
   stepped pointer with the offset corrected, and loads the widened type
   directly; also the cases it must leave alone (the old pointer kept, the
   loaded value used twice, the pointer stepped by a register) */
#include <stdio.h>
#include <string.h>

static unsigned fnv(const char *s) {
    unsigned h = 2166136261u;
    while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
    return h;
}

static unsigned sum_signed(const char *s, int n) {
    unsigned t = 0;
    while (n--) t = t * 31 + (signed char)*s++;
    return t;
}

static unsigned long sum_shorts(const unsigned short *p, int n) {
    unsigned long t = 0;
    while (n--) t = t * 7 + (short)*p++;
    return t;
}

static unsigned long long sum_back(const int *end, int n) {
    unsigned long long t = 0;
    while (n--) t = t * 3 + (unsigned)*end--;
    return t;
}

static unsigned long long sum_stride(const long long *p, int n) {
    unsigned long long t = 0;
    for (int i = 0; i < n; i++) {
        long long v = *p;
        p += 2;
        t ^= (unsigned long long)v + (unsigned)i;
    }
    return t;
}

/* The old pointer stays in use after the step: it must still be the old one. */
static unsigned long keep_old(const char *s, int n) {
    unsigned long t = 0;
    for (int i = 0; i < n; i++) {
        const char *old = s++;
        t = t * 5 + (unsigned char)*old + (old[1] & 3) + (long)(s - old);
    }
    return t;
}

/* The loaded value is used as loaded and widened: both must be right. */
static unsigned twice(const char *s, int n) {
    unsigned t = 0;
    for (int i = 0; i < n; i++) {
        signed char c = *s++;
        t = t * 3 + c + (unsigned char)c;
    }
    return t;
}

/* Stepped by a register, then by a constant: only the constant step folds. */
static unsigned long by_reg(const unsigned char *p, int step, int n) {
    unsigned long t = 0;
    for (int i = 0; i < n; i++) {
        t = t * 11 + *p;
        p += step;
        t += *p++;
    }
    return t;
}

static void copy_up(char *d, const char *s) {
    while ((*d++ = *s++) != 0) {
    }
}

int main(void) {
    char buf[300];
    for (int i = 0; i < 299; i++) buf[i] = (char)(i * 37 + 11);
    buf[299] = 0;
    for (int i = 0; i < 299; i++)
        if (buf[i] == 0) buf[i] = 1;
    unsigned short sh[40];
    int iv[40];
    long long lv[80];
    for (int i = 0; i < 40; i++) {
        sh[i] = (unsigned short)(i * 4099 + 32000);
        iv[i] = i * -123457 + 77;
    }
    for (int i = 0; i < 80; i++) lv[i] = (long long)i * -987654321987LL + 5;
    printf("fnv %u %u %u\n", fnv(""), fnv("hello"), fnv(buf));
    printf("signed %u %u\n", sum_signed(buf, 1), sum_signed(buf, 299));
    printf("shorts %lu\n", sum_shorts(sh, 40));
    printf("back %llu\n", sum_back(iv + 39, 40));
    printf("stride %llu\n", sum_stride(lv, 40));
    printf("keep %lu\n", keep_old(buf, 200));
    printf("twice %u\n", twice(buf, 299));
    printf("reg %lu %lu\n", by_reg((const unsigned char *)buf, 2, 90), by_reg((const unsigned char *)buf + 250, -3, 80));
    char out[300];
    copy_up(out, buf);
    printf("copy %d %u\n", (int)strlen(out), fnv(out));
    return 0;
}
