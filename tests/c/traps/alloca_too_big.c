// trap: stack overflow
// in: grab
/* alloca larger than the VM stack traps at the call, naming the function
   and line, instead of handing out memory it does not have. */
#include <alloca.h>
#include <string.h>

static char *grab(unsigned long n) {
    char *p = alloca(n); /* TRAP */
    memset(p, 1, n);
    return p[n - 1] ? p : 0;
}

int main(void) {
    return grab(64u << 20) != 0; /* CALLER */
}
