/* stdout with setvbuf(_IOLBF) before any output: what appears when, against
   write(1) straight to the descriptor. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void raw(const char *s) { write(1, s, strlen(s)); }

int main(void) {
    static char buf[256];
    if (setvbuf(stdout, buf, _IOLBF, sizeof buf) != 0) return 1;
    printf("[printf 1]");
    raw("[write A]");
    printf("[printf 2]\n");
    raw("[write B]\n");
    printf("[printf 3]");
    fflush(stdout);
    raw("[write C]\n");
    for (int i = 0; i < 40; i++) printf("%d,", i);
    raw("[write D]");
    printf("\n");
    return 0;
}
