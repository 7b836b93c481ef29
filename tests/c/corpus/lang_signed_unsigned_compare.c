/* signed/unsigned comparisons in every width; result of the relational operators is int */
#include <stdio.h>

static const char *tf(int x) { return x ? "true" : "false"; }

int main(void) {
    int neg = -5;
    unsigned int pos = 5;
    printf("neg < pos (unsigned compare): %s\n", tf(neg < pos));
    printf("neg < (int)pos: %s\n", tf(neg < (int)pos));
    printf("-1 > 0u: %s\n", tf(-1 > 0u));
    printf("-1 == ~0u: %s\n", tf(-1 == ~0u));
    printf("-1L > 0u: %s\n", tf(-1L > 0u));
    printf("-1L > 0ul: %s\n", tf(-1L > 0ul));
    printf("-1LL > 0ull: %s\n", tf(-1LL > 0ull));
    printf("(short)-1 > (unsigned short)0: %s\n", tf((short)-1 > (unsigned short)0));
    printf("(signed char)-1 > (unsigned char)0: %s\n", tf((signed char)-1 > (unsigned char)0));
    printf("0u - 1 > 0: %s\n", tf(0u - 1 > 0));
    printf("sizeof(int) > -1: %s\n", tf(sizeof(int) > -1));
    printf("(int)sizeof(int) > -1: %s\n", tf((int)sizeof(int) > -1));
    unsigned long big = 4000000000ul;
    int small = -1;
    printf("small < big: %s\n", tf(small < big));
    long lsmall = -1;
    unsigned int ubig = 4000000000u;
    printf("lsmall < ubig: %s\n", tf(lsmall < ubig));
    printf("typeof(a<b) size: %zu\n", sizeof(1u < 2u));
    int r = (3 < 5) + (5 < 3) + (2 == 2) + (2 != 2) * 10;
    printf("sum of relational results: %d\n", r);
    /* a loop with unsigned counter going down */
    unsigned k;
    int count = 0;
    for (k = 5; k < 100; k--) count++;
    printf("unsigned countdown iterations: %d\n", count);
    /* comparisons chained: (1 < 2) < 3 */
    printf("1 < 2 < 3: %d, 3 > 2 > 1: %d\n", 1 < 2 < 3, 3 > 2 > 1);
    printf("5 == 5 == 1: %d\n", 5 == 5 == 1);
    /* min of signed and unsigned */
    unsigned char uc = 250;
    signed char sc = -10;
    printf("max(uc, sc) = %d\n", uc > sc ? uc : sc);
    unsigned int ui = 250;
    int si = -10;
    printf("max(ui, si) as unsigned = %u\n", ui > si ? ui : (unsigned)si);
    return 0;
}
