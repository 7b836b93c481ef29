/* arrays of function pointers: dispatch tables, a tiny bytecode interpreter */
#include <stdio.h>

enum { OP_PUSH, OP_ADD, OP_SUB, OP_MUL, OP_DUP, OP_SWAP, OP_PRINT, OP_JNZ, OP_DEC, OP_HALT };

struct vm { int stack[32]; int sp; int pc; const int *code; int running; };

static void op_push(struct vm *m) { m->stack[m->sp++] = m->code[m->pc++]; }
static void op_add(struct vm *m) { m->sp--; m->stack[m->sp - 1] += m->stack[m->sp]; }
static void op_sub(struct vm *m) { m->sp--; m->stack[m->sp - 1] -= m->stack[m->sp]; }
static void op_mul(struct vm *m) { m->sp--; m->stack[m->sp - 1] *= m->stack[m->sp]; }
static void op_dup(struct vm *m) { m->stack[m->sp] = m->stack[m->sp - 1]; m->sp++; }
static void op_swap(struct vm *m) { int t = m->stack[m->sp - 1]; m->stack[m->sp - 1] = m->stack[m->sp - 2]; m->stack[m->sp - 2] = t; }
static void op_print(struct vm *m) { m->sp--; printf("top = %d\n", m->stack[m->sp]); }
static void op_jnz(struct vm *m) { int target = m->code[m->pc++]; if (m->stack[m->sp - 1] != 0) m->pc = target; }
static void op_dec(struct vm *m) { m->stack[m->sp - 1]--; }
static void op_halt(struct vm *m) { m->running = 0; }

static void (*const handlers[])(struct vm *) = { op_push, op_add, op_sub, op_mul, op_dup, op_swap, op_print, op_jnz, op_dec, op_halt };

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int max(int a, int b) { return a > b ? a : b; }

int main(void) {
    /* countdown printing n-1 .. 0 while doubling acc: prints 2^6 at the end */
    const int prog2[] = {
        OP_PUSH, 1,        /* acc */
        OP_PUSH, 6,        /* acc n */
        /* loop at 4 */
        OP_DEC,            /* acc n-1 */
        OP_DUP, OP_PRINT,
        OP_SWAP,           /* n-1 acc */
        OP_PUSH, 2, OP_MUL,/* n-1 acc*2 */
        OP_SWAP,           /* acc*2 n-1 */
        OP_JNZ, 4,
        OP_SWAP, OP_PRINT,
        OP_HALT
    };
    struct vm m = { { 0 }, 0, 0, prog2, 1 };
    int steps = 0;
    while (m.running) { int opc = m.code[m.pc++]; handlers[opc](&m); steps++; }
    printf("steps=%d sp=%d\n", steps, m.sp);
    int (*binops[4])(int, int) = { add, sub, mul, max };
    const char *names[4] = { "add", "sub", "mul", "max" };
    int i;
    for (i = 0; i < 4; i++) printf("%s(12, 5) = %d\n", names[i], binops[i](12, 5));
    int acc = 1;
    for (i = 0; i < 8; i++) acc = binops[i % 4](acc, i + 1);
    printf("acc = %d\n", acc);
    printf("sizeof handlers = %zu\n", sizeof handlers / sizeof handlers[0]);
    return 0;
}
