/* typedef names shadowed by variables in inner scopes and restored after */
#include <stdio.h>

typedef int T;
typedef double real;

static T f(T x) { return x * 2; }

int main(void) {
    T a = 5;
    printf("a=%d sizeof(T)=%zu\n", a, sizeof(T));
    {
        int T = 7;          /* variable named T hides the typedef */
        printf("inner T=%d T*2=%d\n", T, T * 2);
        {
            typedef char T; /* re-typedef in a nested block */
            T c = 'k';
            printf("nested typedef char: %c sizeof=%zu\n", c, sizeof(T));
        }
        printf("T still var: %d\n", T);
    }
    T b = f(a);
    printf("b=%d\n", b);
    {
        real real = 2.5;    /* variable named like the typedef, declared with it */
        printf("real=%.1f\n", real);
    }
    real r = 1.25;
    printf("r=%.2f\n", r);
    struct T { int T; } s = { 3 }; /* tag and member namespaces are separate */
    printf("s.T=%d\n", s.T);
    for (T i = 0; i < 2; i++) { T x = i + 1; printf("loop x=%d\n", x); }
    return 0;
}
