/* stdio: interleaving printf, puts, putchar, fputs, fwrite, fputc and a very long line; output ordering must be preserved */
#include <stdio.h>
#include <string.h>

int main(void) {
    for (int i = 0; i < 10; i++) {
        switch (i % 5) {
        case 0: printf("printf %d;", i); break;
        case 1: puts("puts"); break;
        case 2: putchar('0' + i); putchar(';'); break;
        case 3: fputs("fputs;", stdout); break;
        case 4: fwrite("fwrite;\n", 1, 8, stdout); break;
        }
    }
    static char line[20001];
    for (int i = 0; i < 20000; i++) line[i] = (char)('a' + i % 26);
    line[20000] = 0;
    int n = printf("%s\n", line);
    printf("long printf returned %d\n", n);
    n = puts(line + 19990);
    printf("puts ok %d\n", n >= 0);
    for (int i = 0; i < 3000; i++) putchar(i % 61 == 60 ? '\n' : '.');
    putchar('\n');
    fflush(stdout);
    char big[5000];
    memset(big, '=', sizeof big - 1);
    big[sizeof big - 1] = 0;
    fputs(big, stdout);
    fputc('\n', stdout);
    printf("%.*s|\n", 4000, big);
    printf("%4500s|\n", "right");
    return 0;
}
