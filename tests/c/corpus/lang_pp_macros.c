/* function-like and object-like macros: parenthesization, multiple evaluation, nested expansion, do-while(0) */
#include <stdio.h>

#define SQUARE(x) ((x) * (x))
#define BAD_SQUARE(x) x * x
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define CLAMP(v, lo, hi) MIN(MAX(v, lo), hi)
#define ABS(x) ((x) < 0 ? -(x) : (x))
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define SWAP(T, a, b) do { T tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)
#define PI 3.14159
#define TWO_PI (2 * PI)
#define EMPTY
#define NOARGS() 17
#define COMMA ,
#define IDENT(x) x
#define CALL(f, arg) f(arg)
#define ONE 1
#define ONE_PLUS ONE +
#define NEG(x) -x

static int twice(int v) { return v * 2; }

int main(void) {
    int i = 3;
    printf("SQUARE(i + 1) = %d\n", SQUARE(i + 1));
    printf("BAD_SQUARE(i + 1) = %d\n", BAD_SQUARE(i + 1));
    printf("MAX(3, 9) = %d, MIN(-1, -5) = %d\n", MAX(3, 9), MIN(-1, -5));
    int vals[] = { -20, 5, 50 };
    unsigned k;
    for (k = 0; k < ARRAY_LEN(vals); k++) printf("CLAMP(%d, 0, 10) = %d\n", vals[k], CLAMP(vals[k], 0, 10));
    printf("ABS(-7) = %d, ABS(3 - 10) = %d\n", ABS(-7), ABS(3 - 10));
    int a = 1, b = 2;
    if (a < b) SWAP(int, a, b); else printf("no swap\n");
    printf("after swap a=%d b=%d\n", a, b);
    printf("TWO_PI = %.5f\n", TWO_PI);
    printf("EMPTY: %d\n", EMPTY 5 EMPTY);
    printf("NOARGS() = %d\n", NOARGS());
    printf("IDENT(COMMA) trick: %d %d\n", 1 COMMA 2);
    printf("CALL(twice, 21) = %d\n", CALL(twice, 21));
    printf("ONE_PLUS 2 = %d\n", ONE_PLUS 2);
    printf("NEG(-3) = %d\n", NEG(-3));
    printf("-NEG(3) = %d\n", -NEG(3));
    int n = 0;
    int m = MAX(n++, 0); /* the larger operand is evaluated twice */
    printf("m=%d n=%d\n", m, n);
#define LOCAL 100
    printf("LOCAL = %d\n", LOCAL);
#undef LOCAL
#define LOCAL 200
    printf("LOCAL redefined = %d\n", LOCAL);
#undef LOCAL
#ifdef LOCAL
    printf("still defined\n");
#else
    printf("LOCAL undefined\n");
#endif
    /* macro name not followed by ( is not expanded as function-like */
    int (*fp)(int) = twice;
#define twice(x) ((x) * 100)
    printf("twice(3) macro = %d, (twice)(3) function = %d, fp(3) = %d\n", twice(3), (twice)(3), fp(3));
    return 0;
}
