/* initializers: scalars with braces, arrays partial, size from initializer, trailing commas */
#include <stdio.h>

int main(void) {
    int a = { 5 };
    double d = { 2.5 };
    char *p = { "braced pointer init" };
    printf("a=%d d=%.1f p=%s\n", a, d, p);
    int partial[8] = { 1, 2, 3 };
    int i;
    for (i = 0; i < 8; i++) printf("%d ", partial[i]);
    printf("\n");
    int sized[] = { 10, 20, 30, 40, };
    printf("sizeof sized = %zu count = %zu\n", sizeof sized, sizeof sized / sizeof sized[0]);
    long zeros[5] = { 0 };
    for (i = 0; i < 5; i++) printf("%ld ", zeros[i]);
    printf("\n");
    double ds[4] = { 1, 2.5f, 'A' };
    for (i = 0; i < 4; i++) printf("%.2f ", ds[i]);
    printf("\n");
    unsigned char bytes[] = { 255, 256 - 1, -1 + 256, 0x7f };
    for (i = 0; i < 4; i++) printf("%u ", bytes[i]);
    printf("\n");
    short exprs[] = { 1 + 1, 2 * 3, 10 / 3, 7 % 4, 1 << 4, -5 };
    for (i = 0; i < (int)(sizeof exprs / sizeof *exprs); i++) printf("%d ", exprs[i]);
    printf("\n");
    const char *strs[3] = { "x" };
    for (i = 0; i < 3; i++) printf("%s ", strs[i] ? strs[i] : "(null)");
    printf("\n");
    float f[3] = { 1.0 / 3 };
    printf("f = %.7f %.1f %.1f\n", f[0], f[1], f[2]);
    int big[100] = { [99] = 9 };
    int sum = 0;
    for (i = 0; i < 100; i++) sum += big[i];
    printf("big sum = %d\n", sum);
    return 0;
}
