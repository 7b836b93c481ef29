/* complex arithmetic in sizeof at file scope is not evaluated, so it need
   not be constant (integer complex division made locals and crashed voxcc;
   float products were refused as non-constant initializers) */
#include <stdio.h>

_Complex int zi;
double _Complex zd;
float _Complex zf;
static const int sizes[] = {
    sizeof(zi / zi), sizeof(zi * zi), sizeof(zi / 3), sizeof(zd * zd), sizeof(zd / zd),
    sizeof(zd + 1), sizeof(zf * zf), sizeof(zf / 2.0), sizeof(zi / zd), sizeof(~zd),
};
int n = sizeof(zi / zi) + sizeof(zf * zf);
_Complex int folded = (_Complex int)7 / (_Complex int)2;

int main(void) {
    for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++) printf("%d ", sizes[i]);
    printf("| %d %d %d\n", n, __real__ folded, __imag__ folded);
    return 0;
}
