/* bit-fields inside unions and structs overlaid on an integer (register-style decoding) */
#include <stdio.h>
#include <stdint.h>

union instr {
    uint32_t raw;
    struct { unsigned opcode : 7; unsigned rd : 5; unsigned funct3 : 3; unsigned rs1 : 5; unsigned rs2 : 5; unsigned funct7 : 7; } r;
    struct { unsigned opcode : 7; unsigned rd : 5; unsigned funct3 : 3; unsigned rs1 : 5; int imm : 12; } i;
};

union color { uint16_t bits; struct { unsigned b : 5; unsigned g : 6; unsigned r : 5; } c; };

int main(void) {
    union instr in;
    in.raw = 0x00b50533u; /* add a0, a0, a1 */
    printf("opcode=%u rd=%u f3=%u rs1=%u rs2=%u f7=%u\n", in.r.opcode, in.r.rd, in.r.funct3, in.r.rs1, in.r.rs2, in.r.funct7);
    in.raw = 0xfff50513u; /* addi a0, a0, -1 */
    printf("opcode=%u rd=%u rs1=%u imm=%d\n", in.i.opcode, in.i.rd, in.i.rs1, in.i.imm);
    in.i.imm = 100;
    printf("raw after imm=100: %08x\n", in.raw);
    in.r.rd = 31;
    printf("raw after rd=31: %08x\n", in.raw);
    union color col;
    col.bits = 0;
    col.c.r = 31; col.c.g = 0; col.c.b = 31;
    printf("magenta 565 = %04x\n", col.bits);
    col.bits = 0x07e0;
    printf("r=%u g=%u b=%u\n", col.c.r, col.c.g, col.c.b);
    printf("sizeof instr=%zu color=%zu\n", sizeof(union instr), sizeof(union color));
    return 0;
}
