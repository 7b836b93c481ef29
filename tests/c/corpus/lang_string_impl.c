/* classic pointer idioms: hand-written strlen, strcpy, strcat, strcmp, strstr, atoi, itoa */
#include <stdio.h>

static unsigned long my_strlen(const char *s) { const char *p = s; while (*p) p++; return (unsigned long)(p - s); }
static char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) ; return r; }
static int my_strcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}
static char *my_strcat(char *d, const char *s) { my_strcpy(d + my_strlen(d), s); return d; }
static const char *my_strstr(const char *h, const char *n) {
    if (!*n) return h;
    for (; *h; h++) {
        const char *a = h, *b = n;
        while (*a && *b && *a == *b) { a++; b++; }
        if (!*b) return h;
    }
    return 0;
}
static int my_atoi(const char *s) {
    int sign = 1, v = 0;
    while (*s == ' ') s++;
    if (*s == '-' || *s == '+') sign = *s++ == '-' ? -1 : 1;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return sign * v;
}
static char *my_itoa(long v, char *buf, int base) {
    char tmp[70];
    int n = 0, neg = v < 0;
    unsigned long u = neg ? 0ul - (unsigned long)v : (unsigned long)v;
    do { tmp[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (unsigned)base]; u /= (unsigned)base; } while (u);
    char *p = buf;
    if (neg) *p++ = '-';
    while (n) *p++ = tmp[--n];
    *p = '\0';
    return buf;
}

int main(void) {
    char buf[64];
    printf("len %lu %lu\n", my_strlen("hello"), my_strlen(""));
    printf("cpy %s\n", my_strcpy(buf, "copy me"));
    printf("cat %s\n", my_strcat(buf, " and more"));
    const char *pairs[][2] = { { "abc", "abd" }, { "abc", "abc" }, { "b", "abc" }, { "", "a" }, { "\xff", "a" } };
    int i;
    for (i = 0; i < 5; i++) {
        int c = my_strcmp(pairs[i][0], pairs[i][1]);
        printf("cmp %d: %s\n", i, c < 0 ? "<" : c > 0 ? ">" : "==");
    }
    const char *hay = "the needle in the haystack";
    const char *found = my_strstr(hay, "the h");
    printf("strstr at %ld: %s\n", found ? (long)(found - hay) : -1L, found ? found : "(none)");
    printf("strstr missing: %s\n", my_strstr(hay, "pin") ? "found" : "null");
    printf("atoi %d %d %d %d\n", my_atoi("  42"), my_atoi("-17abc"), my_atoi("+8"), my_atoi("x"));
    printf("itoa %s ", my_itoa(-9223372036854775807L - 1, buf, 10));
    printf("%s ", my_itoa(255, buf, 2));
    printf("%s ", my_itoa(-255, buf, 16));
    printf("%s\n", my_itoa(123456789, buf, 36));
    return 0;
}
