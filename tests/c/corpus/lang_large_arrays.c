/* large arrays: a 1 MB static array, a 64 KB local array, and recursion with local arrays in each frame */
#include <stdio.h>
#include <string.h>

static int big_static[262144];
static char zero_check[100000];

static long frame(int depth) {
    int local[256];
    int i;
    for (i = 0; i < 256; i++) local[i] = depth * i;
    long s = 0;
    if (depth > 0) s = frame(depth - 1);
    for (i = 0; i < 256; i += 64) s += local[i];
    return s;
}

int main(void) {
    int i;
    for (i = 0; i < 262144; i++) big_static[i] = i % 1000;
    long sum = 0;
    for (i = 0; i < 262144; i += 7) sum += big_static[i];
    printf("static sum %ld last %d\n", sum, big_static[262143]);
    int nonzero = 0;
    for (i = 0; i < 100000; i++) nonzero += zero_check[i] != 0;
    printf("zero_check nonzero %d\n", nonzero);
    int local[16384];
    for (i = 0; i < 16384; i++) local[i] = i ^ 0x5a5a;
    long lsum = 0;
    for (i = 0; i < 16384; i++) lsum += local[i];
    printf("local sum %ld\n", lsum);
    char text[20000];
    memset(text, 'x', sizeof text - 1);
    text[sizeof text - 1] = '\0';
    printf("strlen %zu\n", strlen(text));
    printf("frame(100) = %ld\n", frame(100));
    return 0;
}
