/* the value of an assignment, compound assignment or ++/-- to a bit-field has the
   bit-field's promoted type (int for narrow ones), as a plain read does: Csmith seed 40280
   compared (s.f7 = 0) >= -169961838 as unsigned */
#include <stdio.h>
struct S1 { unsigned f7 : 8; unsigned w : 32; signed s3 : 3; unsigned long long big : 40; };
struct S1 g;
int main(void) {
    int neg = -5;
    printf("%d\n", (g.f7 = 0) >= neg);
    printf("%d\n", g.f7 >= neg);
    printf("%d\n", (g.f7 += 1) >= neg);
    printf("%d\n", (g.f7++) >= neg);
    printf("%d\n", (++g.f7) >= neg);
    printf("%d\n", (g.w = 0) >= neg);
    printf("%d\n", (neg ? g.f7 : g.f7) >= neg);
    int a = (g.f7 = 300), b = (g.f7 -= 45), c = g.f7--, d = (g.f7 *= 3);
    printf("%d %d %d %d %d\n", a, b, c, d, g.f7);
    a = (g.s3 = 5); b = (g.s3 += 1); c = ++g.s3; d = g.s3--;
    printf("%d %d %d %d %d\n", a, b, c, d, (g.s3 = -1) < 0);
    printf("%u %d\n", g.w = 4000000000u, (g.w += 1) > 0);
    printf("%llu\n", (unsigned long long)(g.big = 0xffffffffffULL));
    return 0;
}
