/* <fenv.h>: one rounding mode (to nearest) and no exception flags. An
   `excepts` of 0 names nothing and succeeds; any other bit names an
   exception this implementation does not support, which C99 makes a failure. */
#include <fenv.h>

const fenv_t __voxcc_fe_dfl_env = {FE_TONEAREST};

int feclearexcept(int excepts) { return excepts != 0; }

int fegetexceptflag(fexcept_t *flagp, int excepts) {
    *flagp = 0;
    return excepts != 0;
}

int feraiseexcept(int excepts) { return excepts != 0; }

int fesetexceptflag(const fexcept_t *flagp, int excepts) {
    (void)flagp;
    return excepts != 0;
}

/* No flag is ever raised. */
int fetestexcept(int excepts) {
    (void)excepts;
    return 0;
}

int fegetround(void) { return FE_TONEAREST; }

int fesetround(int round) { return round != FE_TONEAREST; }

int fegetenv(fenv_t *envp) {
    envp->__round = FE_TONEAREST;
    return 0;
}

/* Non-stop mode is the only mode: nothing ever traps on a float exception. */
int feholdexcept(fenv_t *envp) { return fegetenv(envp); }

int fesetenv(const fenv_t *envp) { return envp->__round != FE_TONEAREST; }

int feupdateenv(const fenv_t *envp) { return fesetenv(envp); }
