/* <ctype.h> answers: glibc's class bits (isalpha gives 1024...), not just 0 and 1, for every
   argument from EOF to 255, with tolower/toupper. */
#include <ctype.h>
#include <stdio.h>
int main(void){
  unsigned long sum = 0;
  for (int c = -1; c < 256; c++) {
    int v[12] = {isalnum(c), isalpha(c), isblank(c), iscntrl(c), isdigit(c), isgraph(c), islower(c), isprint(c), ispunct(c), isspace(c), isupper(c), isxdigit(c)};
    for (int k = 0; k < 12; k++) sum = sum * 31 + v[k];
    sum += tolower(c) * 7 + toupper(c) * 13;
    if (c < 130) printf("%d:%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d ", c, v[0],v[1],v[2],v[3],v[4],v[5],v[6],v[7],v[8],v[9],v[10],v[11]);
  }
  printf("\n%lu\n", sum);
  return 0;
}
