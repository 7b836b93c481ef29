/* dense switch (jump-table shaped) on int with default and out-of-range values */
#include <stdio.h>

static const char *digit_name(int d) {
    switch (d) {
    case 0: return "zero";
    case 1: return "one";
    case 2: return "two";
    case 3: return "three";
    case 4: return "four";
    case 5: return "five";
    case 6: return "six";
    case 7: return "seven";
    case 8: return "eight";
    case 9: return "nine";
    default: return "?";
    }
}

static int days_in_month(int m, int leap) {
    int d;
    switch (m) {
    case 2: d = leap ? 29 : 28; break;
    case 4: case 6: case 9: case 11: d = 30; break;
    case 1: case 3: case 5: case 7: case 8: case 10: case 12: d = 31; break;
    default: d = -1;
    }
    return d;
}

int main(void) {
    int i;
    for (i = -2; i <= 11; i++) printf("%d:%s ", i, digit_name(i));
    printf("\n");
    int total = 0;
    for (i = 0; i <= 13; i++) { int d = days_in_month(i, 0); printf("%d ", d); if (d > 0) total += d; }
    printf("\ntotal=%d leap feb=%d\n", total, days_in_month(2, 1));
    printf("digit_name(-2147483647-1)=%s digit_name(2147483647)=%s\n", digit_name(-2147483647 - 1), digit_name(2147483647));
    return 0;
}
