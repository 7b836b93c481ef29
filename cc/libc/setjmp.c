/* longjmp: one instruction; the VM checks the jump point is alive. */
#include <setjmp.h>

void longjmp(jmp_buf env, int val) {
    __builtin_vox("longjmp", env, val);
}

void _longjmp(jmp_buf env, int val) { longjmp(env, val); }
void siglongjmp(sigjmp_buf env, int val) { longjmp(env, val); }
