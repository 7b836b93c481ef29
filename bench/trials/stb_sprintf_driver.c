/* Driver for nothings/stb's stb_sprintf.h: prints what stbsp_snprintf
   makes of fmt_cases.h, plus its own extensions (%b, %'d, %$d). */
#define STB_SPRINTF_IMPLEMENTATION
#include "stb_sprintf.h"
#include <stddef.h>
#include <stdio.h>

#define FMT stbsp_snprintf
#include "fmt_cases.h"

int main(void) {
    run_cases();
    CASE("%b %B", 10, 255);
    CASE("%'d %'u", 1234567, 4000000000u);
    CASE("%$d %$$d %$.2f", 1500000, 2500000, 12345678.0);
    return 0;
}
