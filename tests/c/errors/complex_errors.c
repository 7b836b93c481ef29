/* What complex values cannot do, each with its diagnostic. */
int main(void) {
    double _Complex z = 1.0, w = 2.0;
    _Complex _Bool cb;
    int r = z % 2;
    int lt = z < w;
    int *p = (int *)z;
    _Complex int ci = 2i;
    int md = ci % 2;
    int *q = 0;
    double re = __real__ q;
    double _Complex m = __builtin_complex(1.0, 2.0f);
    return 0;
}
