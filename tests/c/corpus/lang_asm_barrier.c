/* An empty asm template, the optimisation barrier, is a no-op whose
   operands are evaluated; the outputs keep their values */
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
    return 0;
}
