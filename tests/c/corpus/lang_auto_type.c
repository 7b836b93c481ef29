/* GNU __auto_type: the variable takes the type of its initializer's value
   (after lvalue conversion: arrays and functions become pointers, const
   and volatile go), in blocks, for loops and statement-expression macros,
   at file scope and as a static local. */
#include <stdio.h>
#include <string.h>

#define MAX(a, b) ({ __auto_type _a = (a); __auto_type _b = (b); _a > _b ? _a : _b; })
#define SWAP(x, y) do { __auto_type _t = (x); (x) = (y); (y) = _t; } while (0)

struct pt { int x, y; };
static int twice(int v) { return 2 * v; }

/* At file scope and static in a block, with constant initializers. */
__auto_type g_int = 40 + 2;
__auto_type g_dbl = 1.0 / 4;
static __auto_type g_str = "file scope";
const __auto_type g_const = 7u;
int table[3] = {1, 2, 3};
__auto_type g_ptr = table;
static int counter(void) {
    static __auto_type calls = 0L;
    return (int)++calls;
}

int main(void) {
    __auto_type i = 5;
    __auto_type u = 5u;
    __auto_type l = 1L << 40;
    __auto_type d = 1.5f * 2;
    __auto_type c = 'c';
    char buf[16] = "hello";
    __auto_type p = buf;
    const int ci = 7;
    __auto_type nc = ci;
    nc++;
    __auto_type f = twice;
    struct pt a = {3, 4};
    __auto_type b = a;
    b.x = 30;
    __auto_type s = (short)-2;
    __auto_type prom = s + s;
    printf("%zu %zu %zu %zu %zu %zu\n", sizeof i, sizeof u, sizeof l, sizeof d, sizeof c, sizeof p);
    printf("%d %u %ld %g %d %s %d\n", i, u, l, d, c, p, nc);
    printf("%d %d %d %d %zu %zu\n", f(21), a.x, b.x, b.y, sizeof s, sizeof prom);
    printf("unsigned wraps %d\n", u - 6 > 0);
    p[0] = 'j';
    printf("%s\n", buf);
    printf("max %d %g %ld\n", MAX(3, 9), MAX(2.5, -1.0), MAX(1L << 33, 7L));
    int x = 1, y = 2;
    SWAP(x, y);
    printf("swap %d %d\n", x, y);
    int sum = 0;
    for (__auto_type k = 0; k < 10; k++) sum += k;
    printf("sum %d\n", sum);
    double arr[3] = {1, 2, 3};
    __auto_type ap = arr;
    printf("%g %zu\n", ap[2], sizeof ap);
    __auto_type str = "literal";
    printf("%s %zu\n", str, sizeof str);
    __auto_type q = &a;
    q->y = 40;
    printf("%d\n", a.y);
    counter();
    counter();
    printf("%d %g %s %u %d %d %zu %zu %zu\n", g_int, g_dbl, g_str, g_const, g_ptr[2], counter(),
           sizeof g_dbl, sizeof g_ptr, sizeof g_const);
    return 0;
}
