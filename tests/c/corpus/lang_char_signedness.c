/* plain char is signed on this target (gcc x86-64); char arithmetic and comparisons */
#include <stdio.h>
#include <limits.h>

int main(void) {
    char c = (char)200;
    printf("(char)200 = %d\n", c);
    printf("CHAR_MIN = %d CHAR_MAX = %d\n", CHAR_MIN, CHAR_MAX);
    printf("char < 0: %d\n", c < 0);
    char hi = '\xff';
    printf("'\\xff' as int = %d\n", hi);
    printf("'\\xff' literal = %d\n", '\xff');
    printf("'\\200' literal = %d\n", '\200');
    const char *s = "\xe9t\xe9";
    int i;
    for (i = 0; s[i]; i++)
        printf("s[%d] = %d (unsigned %u)\n", i, s[i], (unsigned char)s[i]);
    /* counting bytes above 127 requires unsigned char */
    const char *t = "a\x80\x90z\xff";
    int high = 0, neg = 0;
    for (i = 0; t[i]; i++) {
        if ((unsigned char)t[i] > 127) high++;
        if (t[i] < 0) neg++;
    }
    printf("high=%d neg=%d\n", high, neg);
    /* char, signed char, unsigned char are distinct types but char behaves like signed char */
    signed char sc = -1;
    char pc = -1;
    unsigned char uc = (unsigned char)-1;
    printf("sc==pc: %d, pc==uc: %d\n", sc == pc, pc == uc);
    char arr[4] = { 'A', (char)0x80, 0x7f, -128 };
    for (i = 0; i < 4; i++) printf("arr[%d]=%d\n", i, arr[i]);
    int sum = 0;
    for (i = 0; i < 4; i++) sum += arr[i];
    printf("sum=%d\n", sum);
    return 0;
}
