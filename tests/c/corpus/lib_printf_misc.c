/* printf: %% escapes, mixed conversions in one call, long output lines, literal text */
#include <stdio.h>

int main(void) {
    printf("100%%\n");
    printf("%%d %%s %%%%\n");
    printf("%d%%%s%%%c\n", 50, "x", 'y');
    printf("%s %d %u %x %o %c %e %f %g %%\n", "all", -1, 1u, 255u, 8u, '!', 1.5, 2.25, 1e-5);
    printf("%-10s|%10s|\n", "left", "right");
    for (int i = 0; i < 5; i++) printf("%*d%*s|\n", i + 1, i, 5 - i, "");
    printf("%s\n", "a very long line that keeps going and going past eighty columns to check nothing wraps or truncates in the output buffer at all");
    printf("%200s|\n", "x");
    printf("%-200s|\n", "y");
    printf("%.150f\n", 1.0);
    printf("tab\tnewline\\n quote\" apostrophe' bell-free\n");
    printf("octal \101\102 hex \x43\x44\n");
    return 0;
}
