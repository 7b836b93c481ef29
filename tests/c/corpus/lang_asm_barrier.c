/* An empty asm template, the optimisation barrier, is a no-op whose
   operands are evaluated; the outputs keep their values, or get the input
   tied to them by a matching constraint ("0") */
#include <stdio.h>

static int calls;
static int f(void) { return ++calls; }

asm("");

int main(void) {
    int x = 5, y[2] = { 1, 2 };
    asm("");
    __asm__ __volatile__("" : "+r"(x) : "r"(f()), "m"(y) : "memory");
    __asm__ volatile("" ::: "memory");
    __asm("" : "=r"(y[1]) : "0"(y[1]));
    asm volatile("" : : : "cc", "memory");
    for (int i = 0; i < 3; i++)
        __asm__("");
    printf("%d %d %d %d\n", x, y[0], y[1], calls);
    long z = 1, w = 2;
    __asm__ volatile("" : "=r"(z), "=r"(w) : "0"(40 + 2), "1"(x * 2));
    printf("%ld %ld\n", z, w);
    return 0;
}
