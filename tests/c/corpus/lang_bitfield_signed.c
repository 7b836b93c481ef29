/* signed bit-fields: sign extension on read, negative values, width 1 holds 0 and -1 */
#include <stdio.h>

struct sf {
    signed int one : 1;
    signed int three : 3;
    signed int seven : 7;
    int plain : 5;       /* gcc treats plain int bit-fields as signed */
    signed int wide : 31;
};

int main(void) {
    struct sf s;
    s.one = -1; s.three = -4; s.seven = -64; s.plain = -16; s.wide = -1073741824;
    printf("one=%d three=%d seven=%d plain=%d wide=%d\n", s.one, s.three, s.seven, s.plain, s.wide);
    s.three = 3; s.seven = 63; s.plain = 15; s.wide = 1073741823;
    printf("three=%d seven=%d plain=%d wide=%d\n", s.three, s.seven, s.plain, s.wide);
    int i;
    for (i = -4; i <= 3; i++) { s.three = i; printf("%d->%d ", i, s.three); }
    printf("\n");
    s.one = 0;
    printf("one=0 -> %d\n", s.one);
    s.seven = -1;
    printf("seven -1 compared with 0: %d, +1 = %d\n", s.seven < 0, s.seven + 1);
    s.plain = -3;
    long l = s.plain;
    unsigned u = (unsigned)s.plain;
    printf("plain -3 as long %ld as unsigned %u\n", l, u);
    printf("sizeof=%zu\n", sizeof s);
    return 0;
}
