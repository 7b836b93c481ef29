/* <fenv.h> for voxcc (C99 7.6). The VM's floating point always rounds to
   nearest and keeps no exception flags, so only FE_TONEAREST is defined and
   FE_ALL_EXCEPT is 0: as C99 allows, the macros of unsupported rounding
   modes and exceptions are absent, so code can test for them with #ifdef.
   The functions succeed for what exists and fail (nonzero) for anything else. */
#ifndef __VOXCC_FENV_H
#define __VOXCC_FENV_H
typedef struct { int __round; } fenv_t;
typedef int fexcept_t;
#define FE_ALL_EXCEPT 0
#define FE_TONEAREST 0
extern const fenv_t __voxcc_fe_dfl_env;
#define FE_DFL_ENV (&__voxcc_fe_dfl_env)
int feclearexcept(int excepts);
int fegetexceptflag(fexcept_t *flagp, int excepts);
int feraiseexcept(int excepts);
int fesetexceptflag(const fexcept_t *flagp, int excepts);
int fetestexcept(int excepts);
int fegetround(void);
int fesetround(int round);
int fegetenv(fenv_t *envp);
int feholdexcept(fenv_t *envp);
int fesetenv(const fenv_t *envp);
int feupdateenv(const fenv_t *envp);
#endif
