/* K&R-style (old-style) function definitions, still valid C99 */
#include <stdio.h>

int add(a, b)
int a;
int b;
{
    return a + b;
}

long mix(x, y, z)
long x;
char *y;
double z;
{
    return x + (long)(y[0]) + (long)z;
}

/* parameters declared in different order than listed; undeclared param defaults to int in C89 (avoid) */
int weighted(w1, w2, v)
double v;
int w1, w2;
{
    return (int)(w1 * v) + w2;
}

static int count_chars(s, c)
const char *s;
int c;
{
    int n = 0;
    while (*s) if (*s++ == c) n++;
    return n;
}

/* old-style with float parameter: promoted to double at the call, converted back inside */
double halve(f)
float f;
{
    return f / 2;
}

int main(void) {
    printf("add(2, 40) = %d\n", add(2, 40));
    printf("mix = %ld\n", mix(100L, "A", 2.9));
    printf("weighted = %d\n", weighted(3, 4, 2.5));
    printf("count_chars = %d\n", count_chars("banana", 'a'));
    printf("halve(3.0f) = %.3f\n", halve(3.0f));
    return add(add(1, 2), 4);
}
