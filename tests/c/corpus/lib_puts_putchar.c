/* stdio output: puts, putchar, fputs, fputc, putc, fwrite and fprintf to stdout, with return values */
#include <stdio.h>

int main(void) {
    int r = puts("puts adds a newline");
    printf("puts r>=0: %d\n", r >= 0);
    r = puts("");
    printf("empty puts r>=0: %d\n", r >= 0);
    r = putchar('A');
    putchar('\n');
    printf("putchar r=%d\n", r);
    r = putchar(0x1C1);
    putchar('\n');
    printf("putchar(0x1C1) r=%d\n", r);
    r = fputs("fputs does not\n", stdout);
    printf("fputs r>=0: %d\n", r >= 0);
    r = fputc('x', stdout);
    r += putc('y', stdout);
    putc('\n', stdout);
    printf("fputc+putc=%d\n", r);
    size_t w = fwrite("fwrite data\n", 1, 12, stdout);
    printf("fwrite=%zu\n", w);
    char rec[6] = {'a', 'b', '\0', 'c', 'd', '\n'};
    w = fwrite(rec, 2, 3, stdout);
    printf("fwrite records=%zu\n", w);
    r = fprintf(stdout, "%s:%d\n", "fprintf", 1);
    printf("fprintf r=%d\n", r);
    for (int c = 'a'; c <= 'z'; c++) putchar(c);
    putchar('\n');
    for (int i = 0; i < 5; i++) fputs(i % 2 ? "odd " : "even ", stdout);
    puts("done");
    fflush(stdout);
    fprintf(stderr, "this goes to stderr only\n");
    puts("end");
    return 0;
}
