/* loops with narrow counters: unsigned char over all values, short counters, char ranges, wrap-around termination */
#include <stdio.h>

int main(void) {
    unsigned char c = 0;
    int iterations = 0;
    unsigned sum = 0;
    do { sum += c; iterations++; c++; } while (c != 0); /* wraps from 255 to 0 */
    printf("uchar loop: %d iterations sum %u\n", iterations, sum);
    signed char sc;
    int count = 0;
    for (sc = -128; sc < 127; sc++) count++;
    printf("schar -128..126: %d\n", count);
    unsigned short us;
    unsigned long total = 0;
    for (us = 65530; us != 4; us++) total += us;
    printf("ushort wrap loop total %lu\n", total);
    short s;
    int evens = 0;
    for (s = -1000; s <= 1000; s += 7) if (s % 2 == 0) evens++;
    printf("short stride evens %d\n", evens);
    char ch;
    int letters = 0;
    for (ch = 'A'; ch <= 'Z'; ch++) letters += (ch % 2 == 0);
    printf("even-coded letters %d\n", letters);
    unsigned char hist[256] = { 0 };
    unsigned char x = 7;
    int k;
    for (k = 0; k < 1000; k++) { x = (unsigned char)(x * 13 + 5); hist[x]++; }
    int distinct = 0, maxc = 0;
    for (k = 0; k < 256; k++) { if (hist[k]) distinct++; if (hist[k] > maxc) maxc = hist[k]; }
    printf("lcg8 distinct %d max %d\n", distinct, maxc);
    unsigned u = 4294967290u;
    int n = 0;
    for (; u != 3; u++) n++;
    printf("unsigned wrap loop %d\n", n);
    return 0;
}
