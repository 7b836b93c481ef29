/* Loops whose condition loads what the body loads again (`while (*s)`,
 * `for (; *p; p++)`): the body reuses the tested value. And the cases where
 * it must not: a store or a call before the body's load, a base changed
 * before it, the value read after the loop, signed and unsigned reads of
 * one byte, a volatile object, and a one-block loop. */
#include <stdio.h>
#include <string.h>

static int count_char(const char *s, char c) {
    int n = 0;
    while (*s) {
        if (*s == c) n++;
        s++;
    }
    return n;
}

static unsigned hash(const char *s) {
    unsigned h = 5381;
    for (; *s; s++) h = h * 33 + (unsigned char)*s;
    return h;
}

static int signed_sum(const char *s) {
    int t = 0;
    for (; *s; s++) t += (signed char)*s;
    return t;
}

static long mixed(const unsigned char *s) {
    long t = 0;
    for (; *s; s++) t = t * 3 + (signed char)*s - *s;
    return t;
}

static char buf[64];
static int overwrite(char *s) {
    /* The body writes the tested byte before reading it again. */
    int n = 0;
    while (*s) {
        *s = (char)(*s == 'a' ? 'b' : *s);
        n += *s;
        s++;
    }
    return n;
}

static int calls;
static void touch(char *s) { calls++; if (s[1]) s[1] = 'z'; }
static int after_call(char *s) {
    int n = 0;
    while (*s) {
        touch(s);
        n = n * 7 + *s;
        s++;
    }
    return n;
}

static int moved_base(const int *p) {
    /* The base changes between the test and the body's load. */
    int n = 0;
    while (*p) {
        p++;
        n += *p;
    }
    return n;
}

static int last_tested(const char *s) {
    /* The tested value is read after the loop too. */
    char c;
    while ((c = *s) && c != ';') s++;
    return c;
}

static volatile int vol[4] = {3, 2, 1, 0};
static int volatile_loop(void) {
    int i = 0, n = 0;
    while (vol[i]) {
        n += vol[i];
        i++;
    }
    return n;
}

static int one_block(const short *p) {
    int n = 0;
    do {
        n += *p;
        p++;
    } while (*p > 0);
    return n;
}

static int indexed(const int *a) {
    int i = 0, n = 0;
    while (a[i]) {
        n = n * 2 + a[i];
        i++;
    }
    return n;
}

static int index_changed(const int *a) {
    /* The index moves between the test and the body's load. */
    int i = 0, n = 0;
    while (a[i]) {
        i++;
        n += a[i];
    }
    return n;
}

static int grid[4][5] = {{1, 2, 0}, {3, 0}, {4, 5, 6, 0}, {0}};
static int rows(void) {
    int n = 0;
    for (int r = 0; r < 4; r++)
        for (int c = 0; grid[r][c]; c++) n = n * 10 + grid[r][c];
    return n;
}

struct node { int v; struct node *next; };
static int list_sum(struct node *p) {
    int s = 0;
    while (p->next) {
        s += p->v;
        p = p->next;
    }
    return s + p->v;
}

int main(void) {
    const char *text = "hello, wonderful world; of loops";
    printf("%d %d %u\n", count_char(text, 'o'), count_char("", 'x'), hash(text));
    printf("%d %ld\n", signed_sum("\xff\x80" "abc\x7f"), mixed((const unsigned char *)"\xfe\x01\x90" "z"));
    strcpy(buf, "banana and alpaca");
    printf("%d %s\n", overwrite(buf), buf);
    strcpy(buf, "abcdef");
    int ac = after_call(buf);
    printf("%d %s %d\n", ac, buf, calls);
    int nums[] = {4, 5, 6, 0, 9};
    printf("%d\n", moved_base(nums));
    printf("%d %d\n", last_tested("abc;def"), last_tested("abc"));
    printf("%d\n", volatile_loop());
    short sh[] = {5, 6, -1, 7};
    printf("%d\n", one_block(sh));
    struct node c = {3, 0}, b = {2, &c}, a = {1, &b};
    printf("%d\n", list_sum(&a));
    int seq[] = {3, 1, 4, 1, 5, 0, 9};
    printf("%d %d %d\n", indexed(seq), index_changed(seq), rows());
    return 0;
}
