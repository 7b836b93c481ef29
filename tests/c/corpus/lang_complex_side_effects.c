/* Each operand of complex arithmetic is evaluated once, also a real one
   whose value is used for both parts of a product (from gcc's pr49644). */
#include <stdio.h>
static int calls;
static double f(void) { calls++; return 2.0; }
int main(void)
{
  _Complex double s = 3.0 + 1.0i, z;
  double b[2] = {1, 2}, *d = b;
  z = *d++ * s;
  printf("d advanced by %d (expect 1)\n", (int)(d - b));
  z = f() * s;
  printf("f called %d times (expect 1)\n", calls);
  calls = 0; z = s / f();
  printf("s/f(): f called %d times (expect 1)\n", calls);
  calls = 0; z = f() / s;
  printf("f()/s: f called %d times (expect 1)\n", calls);
  return (d == b + 1 && calls == 1) ? 0 : 1;
}
