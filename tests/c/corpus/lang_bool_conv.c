/* _Bool conversions: any nonzero scalar becomes 1 */
#include <stdio.h>
#include <stdbool.h>

int main(void) {
    _Bool b;
    b = 0.5; printf("(_Bool)0.5 = %d\n", b);
    b = 256; printf("(_Bool)256 = %d\n", b);
    b = -1; printf("(_Bool)-1 = %d\n", b);
    b = 0; printf("(_Bool)0 = %d\n", b);
    b = 0.0; printf("(_Bool)0.0 = %d\n", b);
    b = -0.0; printf("(_Bool)-0.0 = %d\n", b);
    b = 1e-300; printf("(_Bool)1e-300 = %d\n", b);
    b = 0x100000000LL; printf("(_Bool)0x100000000 = %d\n", b);
    b = (char)0; printf("(_Bool)(char)0 = %d\n", b);
    int x = 42;
    int *p = &x;
    b = p; printf("(_Bool)ptr = %d\n", b);
    p = NULL;
    b = p; printf("(_Bool)NULL = %d\n", b);
    printf("(_Bool)0.5 == 1: %d\n", (_Bool)0.5 == 1);
    printf("(int)(char)256 = %d vs (_Bool)256 = %d\n", (char)256, (_Bool)256);
    bool t = true, f = false;
    printf("true=%d false=%d sizeof(true)=%zu\n", t, f, sizeof(true));
    printf("t + t = %d\n", t + t);
    bool c = t;
    c++;
    printf("true++ = %d\n", c);
    c = false;
    c--;
    printf("false-- = %d\n", c);
    c += 5;
    printf("+= 5 -> %d\n", c);
    c = 2;
    c -= 1;
    printf("2 then -= 1 -> %d\n", c);
    c = 8;
    c &= 2;
    printf("bool 1 &= 2 -> %d\n", c);
    bool arr[5] = { 0, 3, -2, 0, 1 };
    int i, sum = 0;
    for (i = 0; i < 5; i++) sum += arr[i];
    printf("sum of bools = %d\n", sum);
    bool r = 3 > 2;
    printf("r = %d, !r = %d, ~r = %d\n", r, !r, ~r);
    _Bool big = 0.0001f;
    printf("(_Bool)0.0001f = %d\n", big);
    return 0;
}
