/* short and unsigned short arithmetic: promotion to int, truncation on store, compound ops */
#include <stdio.h>

int main(void) {
    short a = 32767;
    short b = -32768;
    unsigned short ua = 65535;
    int r = a + 1;
    printf("a + 1 = %d\n", r);
    a = (short)(a + 1);
    printf("(short)(a + 1) = %d\n", a);
    a = 32767;
    a += 1;
    printf("a += 1 -> %d\n", a);
    b -= 1;
    printf("b -= 1 -> %d\n", b);
    ua += 1;
    printf("ua += 1 -> %u\n", ua);
    short m = 300;
    m *= 300;
    printf("300 *= 300 -> %d\n", m);
    unsigned short um = 300;
    um *= 300;
    printf("300u *= 300 -> %u\n", um);
    short d = -7;
    d /= 2;
    printf("-7 /= 2 -> %d\n", d);
    d = -7;
    d %= 3;
    printf("-7 %%= 3 -> %d\n", d);
    short arr[6] = { 1000, -1000, 32000, -32000, 12345, -12345 };
    int i;
    long sum = 0;
    short ssum = 0;
    for (i = 0; i < 6; i++) { sum += arr[i]; ssum += arr[i]; }
    printf("sum int %ld, sum short %d\n", sum, ssum);
    short sq[6];
    for (i = 0; i < 6; i++) sq[i] = (short)(arr[i] * arr[i]);
    for (i = 0; i < 6; i++) printf("sq[%d] = %d\n", i, sq[i]);
    unsigned short h = 0;
    for (i = 0; i < 1000; i++) h = (unsigned short)(h * 31 + i);
    printf("hash16 = %u\n", h);
    short neg = -1;
    printf("neg >> 1 = %d, (unsigned short)neg >> 1 = %d\n", neg >> 1, (unsigned short)neg >> 1);
    printf("~(short)0 = %d, ~(unsigned short)0 = %d\n", ~(short)0, ~(unsigned short)0);
    return 0;
}
