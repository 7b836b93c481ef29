/* #if arithmetic: defined(), integer operators, unsigned, character constants, undefined identifiers as 0, #elif chains */
#include <stdio.h>
#include <limits.h>

#define LEVEL 3
#define FEATURE_A
#define ZERO 0
#define EXPR (LEVEL * 2 + 1)

int main(void) {
#if LEVEL > 2
    printf("level > 2\n");
#endif
#if LEVEL == 1
    printf("level 1\n");
#elif LEVEL == 2
    printf("level 2\n");
#elif LEVEL == 3
    printf("level 3\n");
#else
    printf("other level\n");
#endif
#if defined(FEATURE_A) && !defined(FEATURE_B)
    printf("A without B\n");
#endif
#if defined FEATURE_A || defined FEATURE_B
    printf("A or B\n");
#endif
#ifndef FEATURE_B
    printf("B not defined\n");
#endif
#if UNDEFINED_THING == 0
    printf("undefined identifier is 0\n");
#endif
#if ZERO
    printf("never\n");
#elif !ZERO
    printf("ZERO is false\n");
#endif
#if EXPR == 7 && (EXPR % 4) == 3
    printf("EXPR is 7\n");
#endif
#if (1 << 10) == 1024 && (0x10 | 0x01) == 17 && (~0 & 0xff) == 255
    printf("bit ops ok\n");
#endif
#if -1 < 0
    printf("-1 < 0 signed\n");
#endif
#if -1 > 0u
    printf("-1 > 0u in #if (unsigned arithmetic)\n");
#endif
#if 'A' == 65
    printf("char constant in #if\n");
#endif
#if INT_MAX == 2147483647 && LONG_MAX > INT_MAX
    printf("LP64 limits\n");
#endif
#if 10 / 3 == 3 && 10 % 3 == 1 && -7 / 2 == -3
    printf("division in #if\n");
#endif
#if 1 ? 2 : 0
    printf("ternary in #if\n");
#endif
#if (2 || 1 / 0)
    printf("short circuit in #if\n");
#endif
#if 0
    this is skipped and need not be valid C ' "
#endif
#if 0
#if 1
    printf("nested in false block\n");
#endif
#else
    printf("else after skipped nested if\n");
#endif
#if 9223372036854775807 > 0 && 0xffffffffffffffff == -1
    printf("intmax arithmetic in #if\n");
#endif
    return LEVEL;
}
