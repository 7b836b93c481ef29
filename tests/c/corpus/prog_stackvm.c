/* program: a bytecode stack VM with an assembler from text: loops, calls, computes primes, factorials and gcd */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

enum { PUSH, ADD, SUB, MUL, DIV, MOD, DUP, DROP, SWAP, OVER, JMP, JZ, CALL, RET, PRINT, HALT, LT, EQ, LOAD, STORE, NOP };
static const char *names[] = {"push", "add", "sub", "mul", "div", "mod", "dup", "drop", "swap", "over", "jmp", "jz", "call", "ret", "print", "halt", "lt", "eq", "load", "store", "nop"};

static long code[1024];
static int ncode;
static char labels[64][16];
static int label_pos[64], nlabels;
static struct { int at; char name[16]; } fix[128];
static int nfix;

static void assemble(const char *src) {
    char buf[4096];
    strcpy(buf, src);
    for (char *t = strtok(buf, " \n"); t; t = strtok(NULL, " \n")) {
        size_t len = strlen(t);
        if (t[len - 1] == ':') { t[len - 1] = 0; strcpy(labels[nlabels], t); label_pos[nlabels++] = ncode; continue; }
        int op = -1;
        for (int i = 0; i <= NOP; i++) if (!strcmp(t, names[i])) op = i;
        if (op >= 0) { code[ncode++] = op; continue; }
        if ((t[0] >= '0' && t[0] <= '9') || t[0] == '-') { code[ncode++] = strtol(t, NULL, 10); continue; }
        strcpy(fix[nfix].name, t);
        fix[nfix++].at = ncode;
        code[ncode++] = 0;
    }
    for (int i = 0; i < nfix; i++)
        for (int l = 0; l < nlabels; l++) if (!strcmp(fix[i].name, labels[l])) code[fix[i].at] = label_pos[l];
}

static long run(long *steps_out) {
    long stack[256], mem[16] = {0};
    int sp = 0, rsp = 0, rstack[64];
    long pc = 0, steps = 0;
    for (;;) {
        steps++;
        long op = code[pc++];
        long a, b;
        switch (op) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case ADD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a + b; break;
        case SUB: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a - b; break;
        case MUL: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a * b; break;
        case DIV: b = stack[--sp]; a = stack[--sp]; stack[sp++] = b ? a / b : 0; break;
        case MOD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = b ? a % b : 0; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case DROP: sp--; break;
        case SWAP: a = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = a; break;
        case OVER: stack[sp] = stack[sp - 2]; sp++; break;
        case JMP: pc = code[pc]; break;
        case JZ: a = stack[--sp]; if (!a) pc = code[pc]; else pc++; break;
        case CALL: rstack[rsp++] = (int)pc + 1; pc = code[pc]; break;
        case RET: pc = rstack[--rsp]; break;
        case PRINT: printf("%ld ", stack[--sp]); break;
        case LT: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a < b; break;
        case EQ: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a == b; break;
        case LOAD: a = code[pc++]; stack[sp++] = mem[a]; break;
        case STORE: a = code[pc++]; mem[a] = stack[--sp]; break;
        case NOP: break;
        case HALT: *steps_out = steps; return sp ? stack[sp - 1] : 0;
        default: printf("bad opcode %ld\n", op); return -1;
        }
    }
}

int main(void) {
    assemble(
        /* print primes below 60 by trial division */
        "push 2 store 0 "
        "outer: load 0 push 60 lt jz done_primes "
        "push 2 store 1 "
        "inner: load 0 load 1 load 1 mul lt jz check jmp prime "
        "check: load 0 load 1 mod jz next "
        "load 1 push 1 add store 1 jmp inner "
        "prime: load 0 print "
        "next: load 0 push 1 add store 0 jmp outer "
        "done_primes: "
        /* factorials 1..12 via a subroutine */
        "push 1 store 2 "
        "floop: load 2 push 13 lt jz fdone load 2 call fact print load 2 push 1 add store 2 jmp floop "
        "fdone: "
        /* gcd(1071, 462) */
        "push 1071 push 462 call gcd print "
        "push 12345 halt "
        "fact: store 3 push 1 store 4 "
        "fl: load 3 jz fret load 4 load 3 mul store 4 load 3 push 1 sub store 3 jmp fl "
        "fret: load 4 ret "
        "gcd: dup jz gdone swap over mod jmp gcd "
        "gdone: drop ret ");
    printf("assembled %d words, %d labels\n", ncode, nlabels);
    long steps = 0;
    long r = run(&steps);
    printf("\nresult=%ld steps=%ld\n", r, steps);
    return 0;
}
