/* What complex values cannot do, and what voxcc leaves out (integer complex
   types), each with its diagnostic. */
int main(void) {
    double _Complex z = 1.0, w = 2.0;
    _Complex int ci;
    int r = z % 2;
    int lt = z < w;
    int *p = (int *)z;
    double _Complex k = 2i;
    int *q = 0;
    double re = __real__ q;
    double _Complex m = __builtin_complex(1.0, 2.0f);
    return 0;
}
