/* <setjmp.h> for voxcc: setjmp and longjmp are VM instructions. A jmp_buf
   holds only a token naming a jump point the VM keeps (frame, resume point,
   registers, stack pointer), so a longjmp through a forged or stale buffer,
   or to a function that has returned, traps with `longjmp to a dead frame`
   instead of corrupting anything.

   After a longjmp, local variables the compiler keeps in memory (those
   whose address is taken, volatile ones, arrays and structs, and values
   spilled to the frame when more than 200 are live at once) have their
   latest values; variables kept in registers have the values they had when
   setjmp ran (C leaves non-volatile locals changed after setjmp
   indeterminate). So every local not changed between setjmp and longjmp,
   and every volatile one, has the value C promises: the register allocator
   never lets two values share a spill slot, so nothing computed between
   setjmp and longjmp overwrites one that is read after the second return. */
#ifndef __VOXCC_SETJMP_H
#define __VOXCC_SETJMP_H

typedef struct __vox_jmp_buf_tag {
    unsigned long __token[2]; /* serial, depth: see the `setjmp` instruction */
    int __mask_was_saved;
} jmp_buf[1];
typedef jmp_buf sigjmp_buf;

/* setjmp must run in the frame that calls it: a macro for one instruction. */
int setjmp(jmp_buf env);
#define setjmp(env) ((int)__builtin_vox("setjmp", (env)))
#define _setjmp(env) setjmp(env)
#define sigsetjmp(env, savemask) ((env)[0].__mask_was_saved = (savemask), setjmp(env))

_Noreturn void longjmp(jmp_buf env, int val);
_Noreturn void _longjmp(jmp_buf env, int val);
_Noreturn void siglongjmp(sigjmp_buf env, int val);
#endif
