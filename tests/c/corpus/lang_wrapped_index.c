/* An offset computed in wrapping unsigned arithmetic and folded into an
   indexed load reaches the address C computes (from gcc's pr48571-1). */
#include <stdio.h>
unsigned int c[8] = {7};
volatile unsigned long vj = 0x4000000000000000UL;
int main(void)
{
  unsigned long j = vj;
  unsigned long k = j * 4;              /* == 0 (mod 2^64) */
  unsigned int v = *(unsigned int *)((char *)c + k);
  printf("%u\n", v);
  unsigned long m = (unsigned long)-2;
  c[1] = 9;
  printf("%u\n", ((unsigned int *)((char *)c + 8))[m]);
  return v == 7 ? 0 : 1;
}
