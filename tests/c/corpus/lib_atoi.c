/* stdlib.h: atoi, atol, atoll with whitespace, signs, trailing junk and large values */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const char *s[] = {"0", "42", "-42", "+17", "   123", "\t\n\v\f\r 9", "12abc", "abc", "", "-", "+",
                       "2147483647", "-2147483648", "0x1A", "007", "  -0", "1 2", "--5", "+-5", "3.99"};
    int n = (int)(sizeof s / sizeof s[0]);
    for (int i = 0; i < n; i++) printf("atoi(\"%s\")=%d\n", s[i], atoi(s[i]));
    printf("atol=%ld %ld %ld\n", atol("9223372036854775807"), atol("-9223372036854775808"), atol("  -77x"));
    printf("atoll=%lld %lld %lld\n", atoll("9223372036854775807"), atoll("-9223372036854775808"), atoll("123456789012"));
    return 0;
}
