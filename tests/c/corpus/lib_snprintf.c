/* snprintf: truncation, size 0 with NULL buffer, terminator placement and return values */
#include <stdio.h>
#include <string.h>

static void show(const char *label, const char *buf, size_t size, int r) {
    printf("%-10s r=%3d size=%2zu [", label, r, size);
    for (size_t i = 0; i < size + 2 && i < 40; i++) {
        if (buf[i] == 0) printf("\\0");
        else putchar(buf[i]);
    }
    printf("]\n");
}

int main(void) {
    char buf[48];
    for (size_t size = 0; size <= 12; size++) {
        memset(buf, '#', sizeof buf);
        int r = snprintf(buf, size, "%s-%d", "hello", 12345);
        show("str-int", buf, size, r);
    }
    int r = snprintf(NULL, 0, "%d %s %f", 123, "four", 5.5);
    printf("NULL,0 -> %d\n", r);
    memset(buf, '#', sizeof buf);
    volatile size_t one = 1;
    r = snprintf(buf, one, "abc");
    show("size1", buf, 1, r);
    memset(buf, '#', sizeof buf);
    volatile size_t eight = 8;
    r = snprintf(buf, eight, "%10.4f", 3.14159265);
    show("float", buf, 8, r);
    memset(buf, '#', sizeof buf);
    volatile size_t six = 6;
    r = snprintf(buf, six, "%c%c%c%c%c%c%c", 'a', 'b', 'c', 'd', 'e', 'f', 'g');
    show("chars", buf, 6, r);
    memset(buf, '#', sizeof buf);
    r = snprintf(buf, sizeof buf, "%s", "");
    show("empty", buf, 2, r);
    /* build a string piecewise using the return value */
    char out[32];
    size_t used = 0;
    for (int i = 0; i < 20; i++) {
        int w = snprintf(out + used, sizeof out - used, "%d;", i);
        if (w < 0 || (size_t)w >= sizeof out - used) {
            printf("stopped at i=%d (needed %d, had %zu)\n", i, w, sizeof out - used);
            break;
        }
        used += (size_t)w;
    }
    printf("out=[%s] used=%zu\n", out, used);
    char big[400];
    r = snprintf(big, sizeof big, "%300d|", 1);
    printf("wide r=%d len=%zu tail=[%s]\n", r, strlen(big), big + 295);
    volatile size_t ten = 10;
    r = snprintf(big, ten, "%300d|", 1);
    printf("wide-trunc r=%d len=%zu\n", r, strlen(big));
    return 0;
}
