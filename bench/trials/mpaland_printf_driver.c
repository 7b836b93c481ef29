/* Driver for mpaland/printf: prints what its snprintf_ makes of
   fmt_cases.h. The library needs the program's _putchar. */
#include "printf.h"
#include <stddef.h>
#include <stdio.h>

void _putchar(char c) { putchar(c); }

#define FMT snprintf_
#include "fmt_cases.h"

int main(void) {
    run_cases();
    printf_("via _putchar: %d %s %.3f\n", 42, "ok", 2.5);
    return 0;
}
