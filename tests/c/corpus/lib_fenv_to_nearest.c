/* <fenv.h>: the default environment rounds to nearest, and setting the mode
   it already has, saving and restoring the environment all succeed. */
#include <fenv.h>
#include <stdio.h>

static volatile double third = 1.0 / 3.0;

int main(void) {
    printf("round %d\n", fegetround() == FE_TONEAREST);
    printf("set %d\n", fesetround(FE_TONEAREST));
    printf("clear %d\n", feclearexcept(FE_ALL_EXCEPT));
    fenv_t env;
    printf("get %d\n", fegetenv(&env));
    printf("hold %d\n", feholdexcept(&env));
    printf("%.17g\n", third * 3.0 - 1.0);
    printf("update %d\n", feupdateenv(&env));
    printf("set env %d\n", fesetenv(&env));
    printf("set default %d\n", fesetenv(FE_DFL_ENV));
    fexcept_t flags;
    printf("flags %d %d\n", fegetexceptflag(&flags, FE_ALL_EXCEPT),
           fesetexceptflag(&flags, FE_ALL_EXCEPT));
    printf("%.17g %.17g\n", 0.1 + 0.2, 2.5 * 1e-308 / 3);
    printf("round %d\n", fegetround() == FE_TONEAREST);
    return 0;
}
