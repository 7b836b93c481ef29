/* program: hexdump of stdin in the classic 16-bytes-per-line format with offsets, ASCII column and a byte histogram */
#include <stdio.h>
#include <ctype.h>

int main(void) {
    unsigned char line[16];
    long offset = 0;
    int n, c;
    long hist[256] = {0};
    unsigned sum = 0;
    do {
        n = 0;
        while (n < 16 && (c = getchar()) != EOF) { line[n++] = (unsigned char)c; hist[c]++; sum = sum * 31u + (unsigned)c; }
        if (n == 0) break;
        printf("%08lx  ", offset);
        for (int i = 0; i < 16; i++) {
            if (i < n) printf("%02x ", line[i]);
            else printf("   ");
            if (i == 7) putchar(' ');
        }
        printf(" |");
        for (int i = 0; i < n; i++) putchar(isprint(line[i]) ? line[i] : '.');
        printf("|\n");
        offset += n;
    } while (n == 16);
    printf("%08lx\n", offset);
    int distinct = 0, top = 0;
    for (int i = 0; i < 256; i++) { if (hist[i]) distinct++; if (hist[i] > hist[top]) top = i; }
    printf("bytes=%ld distinct=%d most common=0x%02x (%ld times) hash=%u\n", offset, distinct, top, hist[top], sum);
    return 0;
}
