/* Locals of disjoint blocks never live at once, so they share frame space
   (as in gcc): a function with 16 sibling blocks, each with a 4 KB array,
   recursing 40 deep needs 160 KB with sharing and 2.6 MB without, well
   over voxvm's 1 MiB stack. Nested blocks still get their own space. */
#include <stdio.h>
#include <string.h>

#define BLOCK(k)                                         \
    if (n % 16 == k) {                                   \
        char buf[4000];                                  \
        memset(buf, 'a' + k, sizeof buf);                \
        s += buf[n % 4000] + rec(n - 1);                 \
        s += buf[(n * 7) % 4000];                        \
    }

static long rec(int n) {
    if (n == 0) return 0;
    long s = 0;
    BLOCK(0) BLOCK(1) BLOCK(2) BLOCK(3) BLOCK(4) BLOCK(5) BLOCK(6) BLOCK(7)
    BLOCK(8) BLOCK(9) BLOCK(10) BLOCK(11) BLOCK(12) BLOCK(13) BLOCK(14) BLOCK(15)
    return s;
}

/* An outer array stays intact while inner and sibling blocks use theirs. */
static int nested(void) {
    int outer[8];
    for (int i = 0; i < 8; i++) outer[i] = i * 11;
    int total = 0;
    {
        int a[8];
        for (int i = 0; i < 8; i++) a[i] = outer[i] + 1;
        {
            int b[8];
            for (int i = 0; i < 8; i++) b[i] = a[i] * 2;
            total += b[7] + a[7];
        }
        total += a[0];
    }
    {
        int c[8];
        for (int i = 0; i < 8; i++) c[i] = -1;
        total += c[3];
    }
    for (int i = 0; i < 8; i++) total += outer[i];
    return total;
}

int main(void) {
    printf("%ld\n", rec(40));
    printf("%d\n", nested());
    return 0;
}
