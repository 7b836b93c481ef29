/* A forward-declared enum (GNU, also tcc) is the same type as its later
   definition, whatever underlying type the definition gives it */
#include <stdio.h>

enum E;
enum E f(void);
extern enum E *gp;
enum E { A, B, C };
enum E f(void) { return B; }
enum E v = C;
enum E *gp = &v;

enum N;
int g(enum N *p);
enum N { NEG = -5, POS = 5 };
int g(enum N *p) { return *p; }

int main(void) {
    enum N n = NEG;
    printf("%d %d %d %d\n", f(), *gp, g(&n), (int)sizeof(enum E));
    printf("%d\n", NEG < POS);
    return f() == B ? 0 : 1;
}
